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
 * <p>
 * Every poll is a request that keeps the session alive, so the bell stops polling once the user has done
 * nothing for as long as the session timeout: an unattended open tab is still signed out. Navigating, clicking
 * or typing starts it again.
 */
@org.springframework.modulith.NamedInterface("bell")
public class NotificationBell extends Div {

    static final int POLL_MILLIS = 15_000;

    private final NotificationService notifications;
    private final pk.gov.mashwara.shared.ui.LiveUpdates live;
    private Registration following;
    final Button button = new Button(new Icon(VaadinIcon.BELL));
    final Span count = new Span();
    private Registration pollListener;
    private Registration changeListener;
    private final java.util.List<Registration> activityListeners = new java.util.ArrayList<>();
    private long unread = -1;
    private long lastActivity = System.currentTimeMillis();
    private boolean polling;

    public NotificationBell(NotificationService notifications, pk.gov.mashwara.shared.ui.LiveUpdates live) {
        this.notifications = notifications;
        this.live = live;
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

    /** Asks for the unread count again; called on navigation, which is also activity of the user. */
    public void refresh() {
        active();
        count();
    }

    private void count() {
        try {
            show(notifications.unreadCount());
        } catch (RuntimeException e) {
            // Signed out meanwhile (session ended): the page is about to go to the log-in; keep what is shown
        }
    }

    long shownCount() {
        return unread;
    }

    /** The user did something: the count is worth keeping up to date again. */
    private void active() {
        lastActivity = System.currentTimeMillis();
        if (!polling && !live.pushing()) {
            getUI().ifPresent(ui -> {
                Polling.request(ui, this, POLL_MILLIS);
                polling = true;
            });
        }
    }

    private void polled(com.vaadin.flow.component.UI ui) {
        if (Polling.idleBeyondSessionTimeout(lastActivity)) {
            Polling.release(ui, this);
            polling = false;
        } else {
            count();
        }
    }

    /** For tests: as if the user had done nothing for the given time. */
    void idleFor(java.time.Duration idle) {
        lastActivity = System.currentTimeMillis() - idle.toMillis();
    }

    boolean isPolling() {
        return polling;
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
        pollListener = ui.addPollListener(e -> polled(ui));
        if (live.pushing()) {
            // told when a notice arrives or is read in another tab, instead of asking every 15 s
            following = live.follow(ui, notifications.liveTopic(), this::count);
        }
        changeListener = ComponentUtil.addListener(ui, UnreadCountChanged.class, e -> refresh());
        // At most one request a minute tells the server the user is still there
        for (var type : new String[] { "pointerdown", "keydown" }) {
            activityListeners.add(ui.getElement().addEventListener(type, e -> active()).throttle(60_000));
        }
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        Polling.release(event.getUI(), this);
        polling = false;
        pollListener.remove();
        if (following != null) {
            following.remove();
            following = null;
        }
        changeListener.remove();
        activityListeners.forEach(Registration::remove);
        activityListeners.clear();
        super.onDetach(event);
    }
}
