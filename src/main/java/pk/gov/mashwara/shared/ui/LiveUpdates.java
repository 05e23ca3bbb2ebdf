package pk.gov.mashwara.shared.ui;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.shared.communication.PushMode;

import org.springframework.security.core.context.SecurityContextHolder;

import pk.gov.mashwara.shared.LiveSignals;

/**
 * How an open page learns that others changed what it shows: by polling (the browser asks every 15 s; the
 * default) or by server push ({@code mashwara.ui.updates=push}: the page keeps a connection open and the server
 * sends the change when it is made). Measured both ways in {@code docs/benchmarks/live-updates.md}. A part of a page
 * that shows others' changes asks {@link #pushing()}: when pushing, it {@link #follow follows} the change's topic
 * instead of polling.
 */
@Component
public class LiveUpdates implements VaadinServiceInitListener {

    private final boolean push;
    private final LiveSignals signals;

    LiveUpdates(@Value("${mashwara.ui.updates:poll}") String mode, LiveSignals signals) {
        this.push = switch (mode.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "poll" -> false;
            case "push" -> true;
            default -> throw new IllegalArgumentException(
                    "mashwara.ui.updates is poll or push, not \"" + mode + "\"");
        };
        this.signals = signals;
    }

    /** Whether pages are pushed to (rather than polling). */
    public boolean pushing() {
        return push;
    }

    /** Every page keeps its push connection open when pushing (the change is then pushed when made). */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (push) {
            event.getSource().addUIInitListener(e -> e.getUI().getPushConfiguration().setPushMode(PushMode.AUTOMATIC));
        }
    }

    /**
     * Runs {@code action} in {@code ui} (with its session locked, the change then pushed) whenever {@code topic} is
     * signalled, until the registration is removed, typically when the part detaches. A page closed meanwhile is
     * left alone.
     */
    public Registration follow(UI ui, String topic, Runnable action) {
        // The page's user, as signed in on the page: a signal is heard on a thread of its own (LiveSignals), where
        // the page's session may also run other tasks it has queued (its lock taken and given back): they run as
        // the page's user too, never as whoever made the change
        var user = SecurityContextHolder.getContext();
        var following = signals.follow(topic, () -> {
            SecurityContextHolder.setContext(user);
            try {
                ui.access(() -> {
                    var before = SecurityContextHolder.getContext();
                    SecurityContextHolder.setContext(user);
                    try {
                        action.run();
                    } finally {
                        SecurityContextHolder.setContext(before);
                    }
                });
            } catch (UIDetachedException e) {
                // the page is gone; its part stops following when it detaches
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
        return following::close;
    }
}
