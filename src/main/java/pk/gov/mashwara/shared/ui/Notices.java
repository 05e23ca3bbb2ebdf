package pk.gov.mashwara.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import pk.gov.mashwara.shared.UserFacingException;

/** Short messages at the bottom of the page, for success and for refusals the user can act on. */
public final class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private Notices() {
    }

    public static void success(String message) {
        var n = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String message) {
        var n = Notification.show(message, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The message a service exception deserves, in the user's language. */
    public static String messageFor(RuntimeException e) {
        var ui = UI.getCurrent();
        if (e instanceof UserFacingException u) {
            return u.localizedMessage(ui.getLocale());
        }
        if (e instanceof AccessDeniedException) {
            return ui.getTranslation("error.accessDenied");
        }
        if (e instanceof org.springframework.orm.ObjectOptimisticLockingFailureException
                || e instanceof org.springframework.dao.PessimisticLockingFailureException) {
            return ui.getTranslation("error.concurrentChange");
        }
        // The user is only told that something went wrong; whoever looks into it needs the cause
        log.error("Unexpected failure, shown to the user as a general error", e);
        return ui.getTranslation("error.unexpected");
    }

    public static void error(RuntimeException e) {
        error(messageFor(e));
    }
}
