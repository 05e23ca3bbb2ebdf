package pk.gov.mashwara.text.ui.reader;

import com.vaadin.flow.component.Component;

/**
 * Adds a panel beside the reader's text. Called each time the reader shows a version; the component it
 * returns replaces the one it returned before.
 */
public interface ReaderExtension {

    Component panel(ReaderPage page);
}
