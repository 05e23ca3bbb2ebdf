package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftSnapshot;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.VersionInfo;
import pk.gov.mashwara.text.ExtractionStatus;

/** The year facet files a draft under the year it reached the NSMCWG, as its diary number does. */
class IndexSchemaYearTest {

    static final VersionInfo V1 = new VersionInfo(1, "v1.txt", "text/plain", 10, "sha", "tester",
            Instant.parse("2026-12-20T09:00:00Z"));

    static String year(DraftSnapshot draft) {
        return IndexSchema.document(draft, V1, new IndexedText("text", ExtractionStatus.DONE, false)).get(IndexSchema.YEAR);
    }

    @Test
    void a_submitted_draft_is_filed_under_its_year_of_submission_in_pakistan_time() {
        var created = Instant.parse("2026-12-20T09:00:00Z");
        // 31 December, 20:00 UTC is already 1 January in Pakistan: the diary number's year is 2027
        var submitted = Instant.parse("2026-12-31T20:00:00Z");
        var draft = new DraftSnapshot(1, "Carried over", 1, "PTA", DraftKind.POLICY, Classification.UNCLASSIFIED,
                DraftStatus.SUBMITTED, true, created, submitted, List.of(V1), submitted);
        assertThat(year(draft)).isEqualTo("2027");
    }

    @Test
    void a_draft_not_yet_submitted_is_filed_under_its_year_of_creation() {
        var created = Instant.parse("2026-12-20T09:00:00Z");
        var draft = new DraftSnapshot(2, "Still with the committee", 1, "PTA", DraftKind.POLICY,
                Classification.UNCLASSIFIED, DraftStatus.DRAFT, false, created, created, List.of(V1));
        assertThat(year(draft)).isEqualTo("2026");
    }
}
