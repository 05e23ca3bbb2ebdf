package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftVisibility;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.search.SearchHit;
import pk.gov.mashwara.search.SearchQuery;

/** A draft is found by the numbers on its cover, and its hits carry them with its priority mark. */
class CoverNumbersSearchTest {

    static final DraftVisibility EVERYTHING = new DraftVisibility(true, Set.of(), false);

    @TempDir
    Path dir;
    IndexTestSupport support;

    @BeforeEach
    void index() throws Exception {
        var source = new InMemorySource();
        source.draft(1, "Social media engagement policy", 2, "MOIB", DraftKind.POLICY, DraftStatus.SUBMITTED,
                "The ministry engages with platforms through its public wing.");
        source.cover(1, "NSMCWG/2026/0042", "F. No. 2(1)/2026-Pub.", Priority.IMMEDIATE);
        source.draft(2, "Platform registration regulations", 1, "PTA", DraftKind.REGULATOR_REGULATIONS,
                DraftStatus.SUBMITTED, "Registration of platforms within ninety days; see file 2(1) of 2025.");
        source.cover(2, "NSMCWG/2026/0043", "No. 14-2/2026-PTA (Reg.)", Priority.ROUTINE);
        support = new IndexTestSupport(dir, source).started();
    }

    @AfterEach
    void close() throws Exception {
        support.close();
    }

    java.util.List<SearchHit> search(String text) {
        return support.search.search(SearchQuery.of(text), EVERYTHING).hits();
    }

    @Test
    void theFileNumberAsAPhraseFindsItsDraftFirstAndTheHitCarriesTheCover() {
        var hits = search("\"F. No. 2(1)/2026-Pub.\"");
        assertThat(hits).extracting(SearchHit::draftId).containsExactly(1L);
        var hit = hits.getFirst();
        assertThat(hit.fileNumber()).isEqualTo("F. No. 2(1)/2026-Pub.");
        assertThat(hit.diaryNumber()).isEqualTo("NSMCWG/2026/0042");
        assertThat(hit.priority()).isEqualTo(Priority.IMMEDIATE);
    }

    @Test
    void theDiaryNumberFindsItsDraftAndARoutineHitSaysSo() {
        assertThat(search("\"NSMCWG/2026/0043\"")).extracting(SearchHit::draftId).containsExactly(2L);
        assertThat(search("\"NSMCWG/2026/0043\"").getFirst().priority()).isEqualTo(Priority.ROUTINE);
        assertThat(search("\"14-2/2026-PTA\"")).extracting(SearchHit::draftId).containsExactly(2L);
    }
}
