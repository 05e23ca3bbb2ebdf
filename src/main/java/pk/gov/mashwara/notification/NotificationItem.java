package pk.gov.mashwara.notification;

import java.time.Instant;
import java.util.Locale;

import pk.gov.mashwara.shared.Messages;

/** One notification of the signed-in user, as lists show it. */
public record NotificationItem(long id, NotificationKind kind, long draftId, Long threadId, String actorName,
        String draftTitle, String excerpt, String link, Instant createdAt, boolean read) {

    /** The sentence in the reader's language, e.g. "Amina Khan mentioned you on “PTA rules”". */
    public String message(Locale locale) {
        return message(locale, kind, actorName, draftTitle, excerpt);
    }

    /** The quote to show under the message, if any (a status change or an overdue step says everything in its sentence). */
    public String detail() {
        return namesStatus(kind) ? null : excerpt;
    }

    /** Kinds whose excerpt is a {@code DraftStatus} name, shown translated in the sentence. */
    private static boolean namesStatus(NotificationKind kind) {
        return kind == NotificationKind.STATUS_CHANGED || kind == NotificationKind.STEP_OVERDUE
                || kind == NotificationKind.AWAITING_YOU;
    }

    static String message(Locale locale, NotificationKind kind, String actor, String title, String excerpt) {
        var third = namesStatus(kind) && excerpt != null
                ? Messages.get(locale, "draftStatus." + excerpt) : excerpt;
        return Messages.get(locale, "notification.kind." + kind.name(), actor == null ? "?" : actor, title,
                third == null ? "" : third);
    }
}
