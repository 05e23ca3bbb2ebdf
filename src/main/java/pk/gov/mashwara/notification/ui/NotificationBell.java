package pk.gov.mashwara.notification.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;

import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.shared.ui.Polling;

/**
 * The bell in the header with the number of unread notifications; opens the notifications page. The count is
 * refreshed on every navigation (by the layout), when the notifications page changes it, and by polling, so that
 * a comment made in another browser shows up without a reload. Published to the app shell's layout, which
 * places it in the header.
 */
@org.springframework.modulith.NamedInterface("bell")
public class NotificationBell extends Div {

    static final int POLL_MILLIS = 15_000;

    private final NotificationService notifications;
    final Button button = new Button(new Icon(VaadinIcon.BELL));
    final Span count = new Span();
    private Registration pollListener;
    private Registration changeListener;
    private long unread = -1;

    public NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
        addClassNames("notification-bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setId("notification-bell");
        button.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(NotificationsView.class)));
        count.addClassNames("notification-count");
        // The button's label says the number; the badge is for the eye only
        count.getElement().setAttribute("aria-hidden", "true");
        add(button, count);
        show(0);
    }

    /** Asks for the unread count again. */
    public void refresh() {
        try {
            show(notifications.unreadCount());
        } catch (RuntimeException e) {
            // Signed out meanwhile (session ended): the page is about to go to the log-in; keep what is shown
        }
    }

    long shownCount() {
        return unread;
    }

    private void show(long value) {
        if (value == unread) {
            return;
        }
        unread = value;
        count.setText(value > 99 ? "99+" : Long.toString(value));
        count.setVisible(value > 0);
        button.setAriaLabel(getTranslation("notifications.bell", value));
        button.getElement().setAttribute("title", getTranslation("notifications.bell", value));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var ui = event.getUI();
        Polling.request(ui, this, POLL_MILLIS);
        pollListener = ui.addPollListener(e -> refresh());
        changeListener = ComponentUtil.addListener(ui, UnreadCountChanged.class, e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        Polling.release(event.getUI(), this);
        pollListener.remove();
        changeListener.remove();
        super.onDetach(event);
    }
}
