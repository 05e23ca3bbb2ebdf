package pk.gov.mashwara.routing.ui.section;

import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;

/**
 * A tab another module adds to the pendency page, beside the drafts' tab: what is waiting in that module (the
 * letters' directions, data requests, statements, commitments) and for whom. The module's own services decide what
 * the signed-in user may see; a module with nothing for the user (not permitted) gives no tab at all.
 */
public interface PendencySection {

    /** The tab for the signed-in user, or empty when the user may not see this kind of pendency. */
    Optional<Tab> tab();

    /**
     * One tab.
     *
     * @param id      the tab's id in the page ("directions"), also the address's {@code ?tab=} value
     * @param title   its title, already translated
     * @param order   where it stands among the tabs (the drafts' tab is 0)
     * @param content builds the tab's content when the tab is first shown
     */
    record Tab(String id, String title, int order, Supplier<Component> content) {
    }
}
