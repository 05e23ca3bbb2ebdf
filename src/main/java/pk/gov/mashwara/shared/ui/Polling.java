package pk.gov.mashwara.shared.ui;

import java.util.IdentityHashMap;
import java.util.Map;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * The browser polls the server at one interval per UI, shared by everything on the page. Each part that needs
 * polling requests an interval and releases it when done; the UI polls at the shortest interval requested and
 * stops when nobody needs it, so that one view's stopping never silences another (e.g. the notification bell).
 */
public final class Polling {

    private Polling() {
    }

    /** The owner needs the UI to poll at least every {@code millis} milliseconds. */
    public static void request(UI ui, Object owner, int millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException("A poll interval is positive: " + millis);
        }
        requests(ui).put(owner, millis);
        apply(ui);
    }

    /** The owner no longer needs polling (harmless when it had not asked). */
    public static void release(UI ui, Object owner) {
        if (requests(ui).remove(owner) != null) {
            apply(ui);
        }
    }

    /** The interval now in force: the shortest requested, or -1 (no polling). */
    public static int interval(UI ui) {
        return requests(ui).values().stream().mapToInt(Integer::intValue).min().orElse(-1);
    }

    /**
     * Whether a user whose last own action (not a poll) was at {@code lastActivityMillis} has been idle as long
     * as the session may be: polls are requests too, so a part that kept polling then would keep an abandoned
     * session alive for ever.
     */
    public static boolean idleBeyondSessionTimeout(long lastActivityMillis) {
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        var timeoutSeconds = session == null || session.getSession() == null ? -1
                : session.getSession().getMaxInactiveInterval();
        return timeoutSeconds > 0 && System.currentTimeMillis() - lastActivityMillis >= timeoutSeconds * 1000L;
    }

    private static void apply(UI ui) {
        ui.setPollInterval(interval(ui));
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Integer> requests(UI ui) {
        var requests = (Map<Object, Integer>) ComponentUtil.getData(ui, Polling.class.getName());
        if (requests == null) {
            requests = new IdentityHashMap<>();
            ComponentUtil.setData(ui, Polling.class.getName(), requests);
        }
        return requests;
    }
}
