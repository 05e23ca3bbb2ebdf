package pk.gov.mashwara.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;
import pk.gov.mashwara.text.extraction.worker.TestDocuments;

/** A passage of a PDF is told by its page, on the version it was written on and on the one it moves to. */
@SpringBootTest
@Import(Fixtures.class)
class ReviewPagesIT {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DraftService drafts;
    @Autowired
    ThreadActions actions;
    @Autowired
    ReviewService review;
    @Autowired
    VersionTexts texts;

    @Test
    void a_thread_on_a_pdf_knows_its_page_and_keeps_it_right_when_pages_are_added() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var v1 = TestDocuments.pagedPdf("Part I. Preliminary definitions apply throughout.",
                "Part II. Every platform shall register with the Authority within ninety days.",
                "Part III. The Authority may levy penalties for failure to register.");
        var created = Fixtures.as(drafter, () -> drafts.create(new NewDraft(Fixtures.unique("Paged rules"),
                drafter.committeeId(), DraftKind.REGULATOR_REGULATIONS, "PECA 2016", false, Classification.UNCLASSIFIED),
                "rules.pdf", new ByteArrayInputStream(v1)));
        awaitText(created.id(), 1);
        var text = texts.text(created.id(), 1).orElseThrow();
        var quote = "register with the Authority within ninety days";
        var start = text.indexOf(quote);
        var thread = Fixtures.as(drafter, () -> actions.start(new NewThread(created.id(), 1,
                new Selection(start, start + quote.length(), quote, null, null, null), "Ninety days is long.", false)));
        assertThat(thread.passage().page()).as("from the extracted pages, not from the client").isEqualTo(2);

        var whole = Fixtures.as(drafter, () -> actions.start(new NewThread(created.id(), 1, null, "General.", false)));
        assertThat(whole.passage()).isNull();

        var v2 = TestDocuments.pagedPdf("Cover page. Draft for consultation.",
                "Part I. Preliminary definitions apply throughout.",
                "Part II. Every platform shall register with the Authority within ninety days.",
                "Part III. The Authority may levy penalties for failure to register.");
        Fixtures.as(drafter, () -> drafts.addVersion(created.id(), "rules-v2.pdf", new ByteArrayInputStream(v2)));
        awaitText(created.id(), 2);
        await().atMost(Duration.ofMinutes(2)).until(() -> Fixtures.as(drafter,
                () -> review.threads(created.id(), 2)).stream().anyMatch(t -> t.id() == thread.id()));
        var carried = Fixtures.as(drafter, () -> review.thread(thread.id()));
        assertThat(carried.placement()).isEqualTo(AnchorState.ANCHORED);
        assertThat(carried.passage().page()).as("a cover page was added in front").isEqualTo(3);
    }

    private void awaitText(long draftId, int version) {
        await().atMost(Duration.ofSeconds(90)).until(() -> texts.status(draftId, version).isFinal());
        assertThat(texts.pageStarts(draftId, version)).isNotEmpty();
    }
}
