package pk.gov.mashwara.notification.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the page changed what is read, so that the bell shows the new count at once. */
class UnreadCountChanged extends ComponentEvent<UI> {

    UnreadCountChanged(UI ui) {
        super(ui, false);
    }

    static void fire(UI ui) {
        ComponentUtil.fireEvent(ui, new UnreadCountChanged(ui));
    }
}
