package pk.gov.mashwara.draft.ui.page;

import java.util.List;

import com.vaadin.flow.component.Component;

/**
 * What an extension adds to the draft page.
 *
 * @param actions components for the page's action bar, in order (buttons, each with an id of its own)
 * @param section a section shown below the draft's particulars, or null
 */
public record DraftPageContribution(List<Component> actions, Component section) {

    public DraftPageContribution {
        actions = List.copyOf(actions);
    }
}
