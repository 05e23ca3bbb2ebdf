package pk.gov.mashwara.text.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.CreatedDraft;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.search.ui.SearchView;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.UiTest;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.TextMatches;
import pk.gov.mashwara.text.VersionTexts;
import pk.gov.mashwara.text.extraction.worker.TestDocuments;

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
        var paragraphs = view.text.shownParagraphs();
        assertThat(paragraphs).allSatisfy(p -> assertThat(p.getAttribute("dir")).isEqualTo("auto"));
        assertThat(paragraphs).anySatisfy(p -> assertThat(p.getText()).contains("لائسنس یافتگان"));
        assertThat(paragraphs).anySatisfy(p -> assertThat(p.getText()).contains("record of complaints"));
        // drawn in the browser: the server keeps no element of the paragraphs for the open page
        assertThat(view.text.paragraphs.getElement().getChildCount()).isZero();
        assertThat(view.back.getHref()).isEqualTo("drafts/" + created.id());
        assertThat(view.isPolling()).isFalse();
        assertThat(view.matches.isVisible()).isFalse();
        assertThat(paragraphs).allSatisfy(p -> assertThat(p.getChildren()).allMatch(Element::isTextNode));

        // a second reader of the same version keeps no copy of its own: the text is held once
        navigate("search", SearchView.class);
        var again = navigate("drafts/" + created.id() + "/versions/1/text", ReaderView.class);
        assertThat(again).isNotSameAs(view);
        assertThat(again.text()).isEqualTo(view.text()).isSameAs(view.text());
    }

    @Test
    void opened_from_a_search_it_marks_every_match_and_moves_between_them_across_chunks() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var paragraphs = IntStream.rangeClosed(1, 450).mapToObj(i -> switch (i) {
            case 3 -> "Clause 3: these regulations apply to every licensee.";
            case 250 -> "Clause 250: a regulation in the second chunk.";
            case 430 -> "Clause 430: the regulation ends here.";
            default -> "Clause " + i + " of the long text.";
        }).toArray(String[]::new);
        var created = upload(drafter, "long.docx", TestDocuments.docx("Content rules", paragraphs));
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.DONE);

        signIn(drafter);
        var view = open(created.id(), "regulation");
        assertThat(view.matches.isVisible()).isTrue();
        assertThat(view.text.matchCount()).isEqualTo(3);
        assertThat(view.matches.position.getText()).isEqualTo("Match 1 of 3");
        assertThat(view.matches.note.isVisible()).isFalse();
        assertThat(marked(view, 0)).isEqualTo("regulations");
        assertThat(isCurrent(view, 0)).isTrue();
        // the other matches lie in later chunks, not loaded yet
        assertThat(view.text.shownCount()).isEqualTo(ReaderText.FIRST);
        assertThat(view.text.marksOf(1)).isEmpty();
        assertThat(view.text.marksOf(2)).isEmpty();

        test(view.matches.next).click();
        assertThat(view.matches.position.getText()).isEqualTo("Match 2 of 3");
        // the chunks up to the second match, and no further
        assertThat(view.text.shownCount()).isGreaterThan(250).isLessThan(430)
                .satisfies(n -> assertThat((n - ReaderText.FIRST) % ReaderText.CHUNK).isZero());
        assertThat(isCurrent(view, 0)).isFalse();
        assertThat(isCurrent(view, 1)).isTrue();
        assertThat(marked(view, 1)).isEqualTo("regulation");

        test(view.matches.next).click();
        assertThat(view.matches.position.getText()).isEqualTo("Match 3 of 3");
        assertThat(view.text.shownCount()).isGreaterThan(430);
        assertThat(marked(view, 2)).isEqualTo("regulation");
        assertThat(isCurrent(view, 2)).isTrue();
        assertThat(isCurrent(view, 1)).isFalse();

        test(view.matches.next).click();
        assertThat(view.matches.position.getText()).isEqualTo("Match 1 of 3");
        test(view.matches.previous).click();
        assertThat(view.matches.position.getText()).isEqualTo("Match 3 of 3");
        test(view.matches.previous).click();
        assertThat(view.text.currentMatch()).isEqualTo(1);
    }

    @Test
    void markup_in_the_text_stays_text_when_matches_are_marked() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var created = upload(drafter, "script.docx", TestDocuments.docx("Markup",
                "Before <script>alert('regulation')</script><b>bold</b> after the regulation."));
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.DONE);

        signIn(drafter);
        var view = open(created.id(), "regulation");
        assertThat(view.text.matchCount()).isEqualTo(2);
        var paragraph = view.text.shownParagraphs().stream()
                .filter(p -> p.getTextRecursively().contains("Before")).findFirst().orElseThrow();
        assertThat(paragraph.getTextRecursively())
                .isEqualTo("Before <script>alert('regulation')</script><b>bold</b> after the regulation.");
        // only text nodes and <mark> elements: nothing of the document is parsed as HTML
        assertThat(paragraph.getChildren())
                .allSatisfy(child -> assertThat(child.isTextNode() || "mark".equals(child.getTag())).isTrue());
        assertThat(paragraph.getChildren().filter(c -> !c.isTextNode()).map(Element::getText))
                .containsExactly("regulation", "regulation");
        assertThat(paragraph.getProperty("innerHTML")).isNull();
    }

    @Test
    void urdu_typed_on_an_arabic_keyboard_marks_the_urdu_text() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var created = upload(drafter, "urdu.docx", TestDocuments.docx("پالیسی",
                "وفاقی حکومت کی پالیسی کے مطابق لائسنس یافتگان شکایات کا ریکارڈ رکھیں گے۔",
                "صوبائی حکومت بھی یہی ریکارڈ رکھے گی۔"));
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.DONE);

        signIn(drafter);
        // حكومت with Arabic kaf, as an Arabic keyboard types it; the text has Urdu ک
        var view = open(created.id(), "حكومت");
        assertThat(view.text.matchCount()).isEqualTo(2);
        assertThat(marked(view, 0)).isEqualTo("حکومت");
        assertThat(marked(view, 1)).isEqualTo("حکومت");
    }

    @Test
    void a_search_it_cannot_read_or_that_does_not_match_leaves_the_text_unmarked_with_a_note() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var created = upload(drafter, "plain.docx", TestDocuments.docx("Plain", "Licensees shall keep records."));
        await().atMost(EXTRACTED_WITHIN).until(() -> texts.status(created.id(), 1) == ExtractionStatus.DONE);

        signIn(drafter);
        var view = open(created.id(), "\"unclosed AND");
        assertThat(view.text.isVisible()).isTrue();
        assertThat(view.text.matchCount()).isZero();
        assertThat(view.matches.note.getText()).startsWith("The search “\"unclosed AND” could not be understood");
        assertThat(view.matches.position.isVisible()).isFalse();

        view = open(created.id(), "complaints");
        assertThat(view.text.matchCount()).isZero();
        assertThat(view.matches.note.getText()).isEqualTo("No match for “complaints” in the text of this version.");
        assertThat(view.matches.next.isVisible()).isFalse();
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

    /**
     * The state nodes a reader page (the layout with its menu, the reader, the review panel without threads) may keep: every node is kept for
     * as long as the page stays open, about 0.6 KB each with what hangs on it (see {@code docs/benchmarks/sessions.md}).
     */
    static final int READER_PAGE_NODES = 100;

    private static int nodes(UI ui) {
        int[] count = { 0 };
        ui.getElement().getNode().visitNodeTree(node -> count[0]++);
        return count[0];
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
        assertThat(view.text.shownCount()).isEqualTo(ReaderText.FIRST);
        assertThat(view.text.paragraphCount()).isGreaterThan(450);
        assertThat(view.text.more.isVisible()).isTrue();
        // what an open page keeps on the server: the page's own parts, none of the paragraphs
        var nodes = nodes(UI.getCurrent());
        assertThat(nodes).as("state nodes of the whole reader page").isLessThan(READER_PAGE_NODES);
        test(view.text.more).click();
        assertThat(view.text.shownCount()).isEqualTo(ReaderText.FIRST + ReaderText.CHUNK);
        assertThat(view.text.shownParagraphs()).hasSize(ReaderText.FIRST + ReaderText.CHUNK);
        assertThat(nodes(UI.getCurrent())).as("no more kept as the reader scrolls").isEqualTo(nodes);
        int clicks = 1;
        while (view.text.more.isVisible()) {
            test(view.text.more).click();
            clicks++;
        }
        assertThat(view.text.shownCount()).isEqualTo(view.text.paragraphCount());
        assertThat(clicks).isEqualTo((view.text.paragraphCount() - ReaderText.FIRST + ReaderText.CHUNK - 1) / ReaderText.CHUNK);
    }

    @Test
    void another_committee_cannot_read_the_text_and_is_sent_to_the_list() {
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, unique("Hidden text"));
        signIn(fixtures.user("PTA", Role.COMMITTEE_DRAFTER));
        navigate("drafts/" + created.id() + "/versions/1/text", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ReaderView.class);
        assertThat(test(find(Notification.class).last()).getText()).contains("not visible to you");
    }

    @Test
    void paragraphs_are_split_at_blank_lines_or_else_at_line_breaks() {
        assertThat(ReaderText.split("One\nstill one\n\nTwo\n \n\nThree")).containsExactly("One\nstill one", "Two", "Three");
        assertThat(ReaderText.split("a\nb\nc")).containsExactly("a", "b", "c");
        assertThat(ReaderText.split("  \n ")).isEmpty();
    }

    /** Opens version 1 as a search hit links to it, the search in the query string. */
    private ReaderView open(long draftId, String query) {
        var queryString = QueryParameters.of(ReaderView.QUERY, query).getQueryString();
        UI.getCurrent().navigate("drafts/" + draftId + "/versions/1/text", QueryParameters.fromString(queryString));
        return (ReaderView) getCurrentView();
    }

    private static String marked(ReaderView view, int match) {
        return view.text.marksOf(match).stream().map(Element::getText).reduce("", String::concat);
    }

    private static boolean isCurrent(ReaderView view, int match) {
        var marks = view.text.marksOf(match);
        return !marks.isEmpty() && marks.stream().allMatch(m -> m.getClassList().contains(ReaderText.CURRENT));
    }

    @Test
    void paragraphs_keep_their_place_in_the_text_and_a_match_across_a_break_is_marked_in_both() {
        assertThat(ReaderText.spans("  One\n\n Two \n")).containsExactly(new pk.gov.mashwara.shared.TextParagraphs.Span(2, 5), new pk.gov.mashwara.shared.TextParagraphs.Span(8, 11));
        var content = "Rules on content\n\nregulations follow.";
        var start = content.indexOf("content");
        var end = content.indexOf("regulations") + "regulations".length();
        var text = new ReaderText();
        text.show(content, List.of(new TextMatches.Match(start, end), new TextMatches.Match(content.length() + 1, content.length() + 5)));
        assertThat(text.matchCount()).isEqualTo(1);
        assertThat(text.marksOf(0)).extracting(Element::getText).containsExactly("content", "regulations");
        text.select(0);
        assertThat(text.marksOf(0)).allMatch(mark -> mark.getClassList().contains(ReaderText.CURRENT));
        assertThat(text.currentMatch()).isZero();
    }

    @Test
    void a_text_broken_into_lines_reads_in_paragraphs_whose_every_offset_is_the_stored_text_s() {
        var stored = pk.gov.mashwara.support.TextSamples.ACT_FROM_PDF;
        var match = new TextMatches.Match(stored.indexOf("regu-"), stored.indexOf("lation,") + "lation".length());
        var thread = new pk.gov.mashwara.text.ui.reader.PassageMark(7, stored.indexOf("within ninety days"),
                stored.indexOf("keep a register") + "keep a register".length(), "open", "Thread 7");
        var text = new ReaderText();
        text.show(stored, List.of(match));
        text.showPassages(List.of(thread));

        var paragraphs = text.shownParagraphs();
        assertThat(paragraphs).hasSize(text.paragraphCount()).hasSize(14);
        var spans = pk.gov.mashwara.shared.TextParagraphs.spans(stored);
        for (int i = 0; i < paragraphs.size(); i++) {
            // what the browser holds: as long as the stored paragraph, starting where it starts
            var shown = paragraphs.get(i).getTextRecursively();
            var span = spans.get(i);
            assertThat(Integer.parseInt(paragraphs.get(i).getAttribute("data-start"))).isEqualTo(span.start());
            assertThat(shown).hasSize(span.end() - span.start()).doesNotContain("\n");
        }
        var definition = paragraphs.get(9).getTextRecursively();
        assertThat(definition.replace("\u00AD\u2060", "")).contains(
                "made available through an information system, including any order, regulation, notice or direction");

        // a selection of what is shown, as the reader's script turns it into offsets, is the stored passage
        var start = Integer.parseInt(paragraphs.get(9).getAttribute("data-start"));
        var from = definition.indexOf("information system");
        var to = definition.indexOf("notice") + "notice".length();
        assertThat(stored.substring(start + from, start + to))
                .isEqualTo("information system, including any order, regu-\nlation, notice");

        // a search match and a thread's passage that run across line breaks are marked on what is shown
        assertThat(text.marksOf(0)).extracting(Element::getText).containsExactly("regu\u00AD\u2060lation");
        assertThat(text.passageElementsOf(7)).extracting(Element::getTextRecursively)
                .containsExactly("within ninety days of these rules coming into force. The Authority shall keep a register");
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
