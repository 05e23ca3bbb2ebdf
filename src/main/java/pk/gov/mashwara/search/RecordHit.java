package pk.gov.mashwara.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One record that matched, which the user may read.
 *
 * @param snippetHtml the record's words with the matches in {@code <mark>}; everything else is escaped text, so it is
 *                    safe to show as HTML (and only this field is)
 * @param matchedFile the name of the file kept with the record that the snippet's words were found in, or null when
 *                    they are the record's own words
 */
public record RecordHit(RecordKind kind, long id, String title, List<String> bodies, String status, String path,
        LocalDate date, String snippetHtml, float score, String matchedFile) {

    public RecordHit {
        bodies = List.copyOf(bodies);
    }

    public RecordHit(RecordKind kind, long id, String title, List<String> bodies, String status, String path,
            LocalDate date, String snippetHtml, float score) {
        this(kind, id, title, bodies, status, path, date, snippetHtml, score, null);
    }
}
