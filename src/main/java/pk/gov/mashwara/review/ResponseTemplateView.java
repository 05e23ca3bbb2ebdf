package pk.gov.mashwara.review;

import java.time.Instant;

/**
 * A response template as its reader sees it.
 *
 * @param committeeId  the committee whose library holds it; null for the NSMCWG's
 * @param library      the library's name in English: the committee's code, or "NSMCWG"
 * @param editable     whether the reader may change or delete it
 * @param version      its version as read, to send back with a change
 */
public record ResponseTemplateView(long id, Long committeeId, String library, String title, String body,
        String updatedBy, Instant updatedAt, boolean editable, long version) {
}
