package pk.gov.mashwara.notification;

import java.util.EnumSet;
import java.util.Set;

/** What a notification is about. Each kind has its wording ({@code notification.kind.<KIND>}). */
public enum NotificationKind {
    MENTION, REPLY, THREAD_RESOLVED, THREAD_REOPENED, NEW_THREAD, NEW_VERSION, STATUS_CHANGED, DEADLINE_APPROACHING,
    /** A step of a draft's route waiting for the recipient is past its deadline. */
    STEP_OVERDUE,
    /** A routing action moved a draft to a step that waits for the recipient. */
    AWAITING_YOU;

    /** What comes by e-mail until a user chooses otherwise: what concerns them directly. */
    public static Set<NotificationKind> emailedByDefault() {
        return EnumSet.of(MENTION, REPLY, THREAD_RESOLVED, THREAD_REOPENED, DEADLINE_APPROACHING, STEP_OVERDUE,
                AWAITING_YOU);
    }
}
