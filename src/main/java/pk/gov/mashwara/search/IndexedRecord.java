package pk.gov.mashwara.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One record as the search indexes it. Its module answers who may read it ({@link RecordSource#readable}); the
 * index holds only what is searched and shown.
 *
 * @param groupId   the record's group in its source (a cascade of letters, a data request, a statement, an
 *                  engagement): a group's records are always written to the index together
 * @param title     what the hit is called, e.g. a letter's reference and subject
 * @param text      what is searched: everything the record says in words (the title is searched too)
 * @param bodies    the codes of the directory's bodies the record concerns (the "body" facet)
 * @param status    where the record stands, by the name of its module's status (e.g. {@code IN_PROGRESS}), or null
 * @param path      the portal's address of the page that shows the record, relative to the portal
 * @param date      the record's date (a letter's date, an answer's day), or null
 */
public record IndexedRecord(RecordKind kind, long id, long groupId, String title, String text, List<String> bodies,
        String status, String path, LocalDate date) {

    public IndexedRecord {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
    }

    /** A record's searchable text from its parts, blank ones left out, each a paragraph of its own. */
    public static String text(String... parts) {
        var out = new StringBuilder();
        for (var p : parts) {
            if (p != null && !p.isBlank()) {
                out.append(out.isEmpty() ? "" : "\n\n").append(p.strip());
            }
        }
        return out.toString();
    }

    public RecordRef ref() {
        return new RecordRef(kind, id);
    }
}
