package pk.gov.mashwara.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.time.Duration;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

@SpringBootTest
@Import(Fixtures.class)
class ExtractionAnnotationsIT {

    @Autowired
    Fixtures fixtures;

    @Autowired
    ExtractionAnnotations annotations;

    @Autowired
    DraftService drafts;

    @Autowired
    VersionTexts texts;

    @Test
    void a_page_of_drafts_gets_each_latest_version_s_extraction_and_nothing_for_a_draft_the_user_may_not_see() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var outsider = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var own = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            own.add(fixtures.textDraft(drafter, unique("Annotated " + i), "Clause " + i + " of the rules.").id());
        }
        var foreign = fixtures.textDraft(outsider, unique("Not theirs"), "Another committee's clause.").id();
        for (var id : own) {
            await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(id, 1).isFinal());
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(foreign, 1).isFinal());

        var page = new ArrayList<DraftSummary>();
        for (var id : own) {
            var d = as(drafter, () -> drafts.get(id));
            page.add(new DraftSummary(d.id(), d.title(), d.committeeId(), d.committeeCode(), d.kind(),
                    d.classification(), d.status(), d.diaryNumber(), 1, d.updatedAt()));
        }
        // a row the caller made up: another committee's unsubmitted draft
        page.add(new DraftSummary(foreign, "forged", 0, "X", page.getFirst().kind(), page.getFirst().classification(),
                page.getFirst().status(), null, 1, page.getFirst().updatedAt()));

        var notes = as(drafter, () -> annotations.forLatest(page));

        assertThat(notes.keySet()).containsExactlyInAnyOrderElementsOf(own);
        assertThat(notes.values()).allSatisfy(note -> {
            assertThat(note.versionNumber()).isEqualTo(1);
            assertThat(note.labelKey()).isEqualTo("extractionStatus.DONE");
        });
    }
}
