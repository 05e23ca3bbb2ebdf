package pk.gov.mashwara.notification;

import java.util.EnumSet;
import java.util.Set;

/** What a notification is about. Each kind has its wording ({@code notification.kind.<KIND>}). */
public enum NotificationKind {
    MENTION, REPLY, THREAD_RESOLVED, THREAD_REOPENED, NEW_THREAD, NEW_VERSION, STATUS_CHANGED, DEADLINE_APPROACHING,
    /** A step of a draft's route waiting for the recipient is past its deadline. */
    STEP_OVERDUE,
    /** A routing action moved a draft to a step that waits for the recipient. */
    AWAITING_YOU,
    /** A letter addressed to the recipient's office is still not acknowledged (receipt not recorded). */
    LETTER_UNACKNOWLEDGED,
    /** A body reported that it cannot proceed on a direction of a letter the recipient's office issued. */
    DIRECTION_CANNOT_PROCEED,
    /** The recipient's office owes a progress report on a letter within days. */
    PROGRESS_REPORT_DUE,
    /** The recipient's office's progress report on a letter is past its day. */
    PROGRESS_REPORT_OVERDUE,
    /** A data request concerns the recipient: asked of their body, answered, declined, clarified, delegated. */
    DATA_REQUEST,
    /** A data request the recipient's body owes is past its date. */
    DATA_REQUEST_OVERDUE,
    /** A commitment made in an engagement with a company is now owed by the recipient's body. */
    COMMITMENT_OWED,
    /** A commitment the recipient's body owes, or of an engagement the recipient leads, is past its day. */
    COMMITMENT_OVERDUE,
    /** A statement concerns the recipient: proposed (for the spokesperson), issued or declined (for its proposer),
     * a view asked of them or their body, a view they asked given. */
    STATEMENT;

    /** What comes by e-mail until a user chooses otherwise: what concerns them directly. */
    public static Set<NotificationKind> emailedByDefault() {
        return EnumSet.of(MENTION, REPLY, THREAD_RESOLVED, THREAD_REOPENED, DEADLINE_APPROACHING, STEP_OVERDUE,
                AWAITING_YOU, LETTER_UNACKNOWLEDGED, DIRECTION_CANNOT_PROCEED, PROGRESS_REPORT_DUE, PROGRESS_REPORT_OVERDUE,
                DATA_REQUEST, DATA_REQUEST_OVERDUE,
                COMMITMENT_OWED, COMMITMENT_OVERDUE, STATEMENT);
    }
}
