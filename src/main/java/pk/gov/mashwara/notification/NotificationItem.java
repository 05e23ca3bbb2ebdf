package pk.gov.mashwara.notification;

import java.time.Instant;
import java.util.Locale;

import pk.gov.mashwara.shared.Messages;

/** One notification of the signed-in user, as lists show it ({@code draftId} null when it is about no draft). */
public record NotificationItem(long id, NotificationKind kind, Long draftId, Long threadId, String actorName,
        String draftTitle, String excerpt, String link, Instant createdAt, boolean read) {

    /** The sentence in the reader's language, e.g. "Amina Khan mentioned you on “PTA rules”". */
    public String message(Locale locale) {
        return message(locale, kind, actorName, draftTitle, excerpt);
    }

    /** The quote to show under the message, if any (a status change or an overdue step says everything in its sentence). */
    public String detail() {
        return namesStatus(kind) || aboutDataRequest(kind) ? null : excerpt;
    }

    /** Kinds whose excerpt is a {@code DraftStatus} name, shown translated in the sentence. */
    private static boolean namesStatus(NotificationKind kind) {
        return kind == NotificationKind.STATUS_CHANGED || kind == NotificationKind.STEP_OVERDUE
                || kind == NotificationKind.AWAITING_YOU;
    }

    /** Kinds about a data request: the excerpt names what happened (or, overdue, the body), said in the sentence. */
    private static boolean aboutDataRequest(NotificationKind kind) {
        return kind == NotificationKind.DATA_REQUEST || kind == NotificationKind.DATA_REQUEST_OVERDUE
                || kind == NotificationKind.STATEMENT;
    }

    static String message(Locale locale, NotificationKind kind, String actor, String title, String excerpt) {
        var third = namesStatus(kind) && excerpt != null ? Messages.get(locale, "draftStatus." + excerpt)
                : kind == NotificationKind.DATA_REQUEST && excerpt != null
                        ? Messages.get(locale, "datarequest.notice." + excerpt)
                        : kind == NotificationKind.STATEMENT && excerpt != null
                                ? Messages.get(locale, "statement.notice." + excerpt) : excerpt;
        return Messages.get(locale, "notification.kind." + kind.name(), actor == null ? "?" : actor, title,
                third == null ? "" : third);
    }
}
