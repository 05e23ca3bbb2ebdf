package pk.gov.mashwara.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.stream.IntStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.CreatedDraft;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.search.ExtractionStatus;
import pk.gov.mashwara.search.VersionTexts;
import pk.gov.mashwara.search.extraction.worker.TestDocuments;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.UiTest;

class ReaderViewTest extends UiTest {

    private static final Duration EXTRACTED_WITHIN = Duration.ofSeconds(90);

    @Autowired
    DraftService drafts;

    @Autowired
    VersionTexts texts;

    @Test
    void english_and_urdu_paragraphs_each_take_their_own_direction() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var created = upload(drafter, "draft.docx", TestDocuments.docx("Content regulations",
                "Licensees shall keep a record of complaints.", "لائسنس یافتگان شکایات کا ریکارڈ رکھیں گے۔"));
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.DONE);

        signIn(drafter);
        var view = navigate("drafts/" + created.id() + "/versions/1/text", ReaderView.class);
        assertThat(view.title.getText()).contains("· v1");
        assertThat(view.banner.isVisible()).isFalse();
        var paragraphs = view.text.paragraphs.getChildren().map(Paragraph.class::cast).toList();
        assertThat(paragraphs).allSatisfy(p -> assertThat(p.getElement().getAttribute("dir")).isEqualTo("auto"));
        assertThat(paragraphs).anySatisfy(p -> assertThat(p.getText()).contains("لائسنس یافتگان"));
        assertThat(paragraphs).anySatisfy(p -> assertThat(p.getText()).contains("record of complaints"));
        assertThat(view.back.getHref()).isEqualTo("drafts/" + created.id());
        assertThat(view.isPolling()).isFalse();
    }

    @Test
    void a_version_without_text_shows_why_in_the_banner() throws IOException {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var created = upload(drafter, "blank.pdf", blankPdf());
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1).isFinal());
        assertThat(texts.status(created.id(), 1)).isEqualTo(ExtractionStatus.NO_TEXT);

        signIn(drafter);
        var view = navigate("drafts/" + created.id() + "/versions/1/text", ReaderView.class);
        assertThat(view.banner.isVisible()).isTrue();
        assertThat(view.banner.getElement().getAttribute("data-status")).isEqualTo("NO_TEXT");
        assertThat(view.banner.getText()).satisfiesAnyOf(
                text -> assertThat(text).contains("scanned pages need OCR"),
                text -> assertThat(text).contains("No readable text"));
        assertThat(view.text.isVisible()).isFalse();
    }

    @Test
    void a_long_text_is_shown_in_chunks() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var paragraphs = IntStream.rangeClosed(1, 450).mapToObj(i -> "Clause " + i + " of the long regulations.")
                .toArray(String[]::new);
        var created = upload(drafter, "long.docx", TestDocuments.docx("Long regulations", paragraphs));
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.DONE);

        signIn(drafter);
        var view = navigate("drafts/" + created.id() + "/versions/1/text", ReaderView.class);
        assertThat(view.text.shownCount()).isEqualTo(ReaderText.CHUNK);
        assertThat(view.text.paragraphCount()).isGreaterThan(450);
        assertThat(view.text.more.isVisible()).isTrue();
        test(view.text.more).click();
        assertThat(view.text.shownCount()).isEqualTo(2 * ReaderText.CHUNK);
        test(view.text.more).click();
        assertThat(view.text.shownCount()).isEqualTo(view.text.paragraphCount());
        assertThat(view.text.more.isVisible()).isFalse();
    }

    @Test
    void another_committee_cannot_read_the_text_and_is_sent_to_the_list() {
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, unique("Hidden text"));
        signIn(fixtures.user("PTA", Role.COMMITTEE_DRAFTER));
        navigate("drafts/" + created.id() + "/versions/1/text", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ReaderView.class);
        assertThat(test($(Notification.class).last()).getText()).contains("not visible to you");
    }

    @Test
    void paragraphs_are_split_at_blank_lines_or_else_at_line_breaks() {
        assertThat(ReaderText.split("One\nstill one\n\nTwo\n \n\nThree")).containsExactly("One\nstill one", "Two", "Three");
        assertThat(ReaderText.split("a\nb\nc")).containsExactly("a", "b", "c");
        assertThat(ReaderText.split("  \n ")).isEmpty();
    }

    private CreatedDraft upload(MashwaraUser drafter, String fileName, byte[] content) {
        return as(drafter, () -> drafts.create(new NewDraft(unique("Reader test"), drafter.committeeId(), DraftKind.POLICY,
                "Rules of Business 1973", false, Classification.UNCLASSIFIED), fileName, new ByteArrayInputStream(content)));
    }

    private static byte[] blankPdf() throws IOException {
        try (var document = new PDDocument()) {
            document.addPage(new PDPage());
            var out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
