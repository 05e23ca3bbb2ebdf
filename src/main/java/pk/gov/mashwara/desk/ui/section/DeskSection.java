package pk.gov.mashwara.desk.ui.section;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A part another module adds to the signed-in user's desk, below the desk's own parts: what waits for the user in
 * that module (data requests, …). The module's own service decides what the user may see; a part with nothing for
 * the user is left out.
 */
public interface DeskSection {

    /** The part for the signed-in user (its title included), or empty when nothing waits for them there. */
    Optional<Component> section();
}
