package pk.gov.mashwara.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One record that matched, which the user may read.
 *
 * @param snippetHtml the record's words with the matches in {@code <mark>}; everything else is escaped text, so it is
 *                    safe to show as HTML (and only this field is)
 */
public record RecordHit(RecordKind kind, long id, String title, List<String> bodies, String status, String path,
        LocalDate date, String snippetHtml, float score) {

    public RecordHit {
        bodies = List.copyOf(bodies);
    }
}
