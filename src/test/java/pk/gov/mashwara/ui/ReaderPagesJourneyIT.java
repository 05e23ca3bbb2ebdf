package pk.gov.mashwara.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.text.VersionTexts;

/**
 * The reader of a PDF with a running header and footer, in a real browser at a laptop's 1366x768: the header
 * and footer are named once above the text, never inside it, each page's number stands in the margin (on the
 * right in Urdu), and a passage selected across a page break, over the header and footer the reader leaves out,
 * is anchored at its offsets in the stored text. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class ReaderPagesJourneyIT {

    static final String HEADER = "RESTRICTED \u2014 DRAFT";
    static final List<List<String>> PAGES = List.of(
            List.of("Social Media (Protection of Users) Rules, 2026",
                    "1. Short title. These rules may be called the Social Media (Protection of Users) Rules, 2026, and",
                    "shall come into force on the date of their publication in the official Gazette of Pakistan.",
                    "2. Grievance officer. Every significant platform shall appoint a grievance officer who is resident",
                    "in Pakistan, shall publish the name and the contact details of that officer on its website, and",
                    "shall keep them up to date whenever the officer changes, within seven days of the change being"),
            List.of("made, and shall inform the Authority in writing of every appointment made under this rule.",
                    "3. Complaints. A complaint made by a user shall be acknowledged within twenty-four hours of",
                    "its receipt and decided within seven working days, with the reasons for the decision given to",
                    "the user in the language of the complaint, and a record of it kept for at least two years."),
            List.of("4. Transparency. Every significant platform shall publish, every six months, a report of the",
                    "complaints it received, the content it removed or restricted and the orders it received from the",
                    "Authority, in English and in Urdu, on its website and in a form that can be read by machines."),
            List.of("5. Review. The Authority shall review these rules two years after they come into force, after",
                    "consulting the platforms, the users' associations and the provincial governments concerned."));

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    VersionTexts texts;
    @Autowired
    ReviewService review;

    @Test
    void the_header_and_footer_are_named_once_pages_are_numbered_and_a_passage_across_a_page_break_anchors()
            throws Exception {
        var drafter = fixtures.namedUser("pta.drafter", "PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.namedUser("pta.officer", "PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.namedUser("nsmcwg.member", "NSMCWG", Role.NSMCWG_MEMBER);
        var title = Fixtures.unique("Protection of Users Rules");
        var file = pdf();
        var draftId = fixtures.submittedFileDraft(drafter, officer, new NewDraft(title, drafter.committeeId(),
                DraftKind.RULES_UNDER_STATUTE, "Section 37, PECA 2016", false, Classification.RESTRICTED), "rules.pdf",
                file).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(draftId, 1).isFinal());
        var text = texts.text(draftId, 1).orElseThrow();
        assertThat(text).contains(HEADER, "Page 2 of 4");
        var reader = "http://localhost:" + port + "/drafts/" + draftId + "/versions/1/text";

        try (var browser = BrowserSupport.start()) {
            browser.driver.manage().window().setSize(new Dimension(1366, 768));
            Journeys.signIn(browser, port, member);
            browser.driver.get(reader);
            var running = browser.find(By.id("reader-running"));
            assertThat(running.getText()).contains("Running header", HEADER, "Running footer", "Page \u2026 of 4");
            var paragraphs = browser.driver.findElements(By.cssSelector(".reader-paragraphs p"));
            assertThat(paragraphs).isNotEmpty().noneMatch(p -> p.getText().contains("RESTRICTED")
                    || p.getText().matches("(?s).*Page \\d of 4.*"));
            // page 2 begins inside the sentence that runs on from page 1: marked there, in the paragraph
            assertThat(browser.driver.findElements(By.cssSelector(".reader-page-break, .reader-page-mark"))
                    .stream().map(e -> e.getAttribute("data-page")).toList()).containsExactly("1", "2", "3", "4");
            assertThat(browser.driver.findElements(By.cssSelector(".reader-page-mark"))
                    .stream().map(e -> e.getAttribute("data-page")).toList()).containsExactly("2");
            // the numbers stand in the margin before the text (on the left in English)
            assertThat(pageNumberSide(browser)).isEqualTo("start-left");
            browser.screenshot("reader-pages-01-english");

            // from the end of page 1 over its footer and page 2's header into page 2
            var from = "within seven days of the change";
            var to = "of every appointment";
            select(browser, from, to);
            Journeys.click(browser, By.id("review-comment-selection"));
            browser.type("#review-new-comment", "Seven days is too short for a change of officer.");
            Journeys.click(browser, By.id("review-start"));
            browser.wait.until(d -> !threads(member, draftId).isEmpty());
            var passage = threads(member, draftId).getFirst().passage();
            var start = text.indexOf(from);
            var end = text.indexOf(to) + to.length();
            assertThat(passage.start()).isEqualTo(start);
            assertThat(passage.end()).isEqualTo(end);
            assertThat(passage.exact()).isEqualTo(text.substring(start, end)).contains(HEADER, "Page 1 of 4");
            assertThat(passage.page()).isEqualTo(1);
            browser.wait.until(d -> !d.findElements(By.cssSelector(".reader-passage")).isEmpty());
            // the card quotes the passage as it reads: the footer and header it spans are stored, not shown
            var quote = browser.find(By.cssSelector(".thread-card .thread-quote")).getText().replace("\u2060", "");
            assertThat(quote).doesNotContain(HEADER, "Page 1 of 4")
                    .contains("within seven days of the change being made, and shall inform");
            // page 1 ends mid-sentence: the sentence reads on into page 2 as one paragraph
            assertThat(browser.driver.findElements(By.cssSelector(".reader-paragraphs p")))
                    .filteredOn(p -> p.getText().contains("of the change being"))
                    .singleElement().satisfies(p -> assertThat(p.getText()).contains("made, and shall inform"));
            browser.screenshot("reader-pages-02-passage-across-pages");

            Journeys.signOut(browser);
            Journeys.language(browser, "اردو", "ur");
            Journeys.signIn(browser, port, member);
            browser.wait.until(d -> "ur".equals(browser.js("return document.documentElement.lang")));
            browser.driver.get(reader);
            running = browser.find(By.id("reader-running"));
            assertThat(running.getText()).contains("ہر صفحے کی بالائی سطر", HEADER);
            assertThat(pageNumberSide(browser)).isEqualTo("start-right");
            browser.screenshot("reader-pages-03-urdu");
        }
    }

    /**
     * Which side of the paragraphs the page numbers stand on, and that it is the start side of the page: "start-left"
     * when they are left of the text in a left-to-right page, "start-right" when right of it in a right-to-left one.
     */
    private static String pageNumberSide(BrowserSupport browser) {
        return (String) browser.js("""
                const number = document.querySelector('.reader-page-break span').getBoundingClientRect();
                const text = document.querySelector('.reader-paragraphs p').getBoundingClientRect();
                const rtl = document.documentElement.dir === 'rtl';
                if (!rtl && number.right <= text.left) { return 'start-left'; }
                if (rtl && number.left >= text.right) { return 'start-right'; }
                return 'overlapping ' + JSON.stringify({ number, text, rtl });
                """);
    }

    /** Selects from the start of {@code from} to the end of {@code to}, which may be in different paragraphs. */
    private static void select(BrowserSupport browser, String from, String to) {
        browser.js("""
                const find = quote => {
                  const walker = document.createTreeWalker(document.querySelector('.reader-paragraphs'), NodeFilter.SHOW_TEXT);
                  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.data.indexOf(quote);
                    if (at >= 0) { return [node, at]; }
                  }
                  throw new Error('not found: ' + quote);
                };
                const [a, i] = find(arguments[0]);
                const [b, j] = find(arguments[1]);
                a.parentElement.scrollIntoView({ block: 'center' });
                const r = document.createRange(); r.setStart(a, i); r.setEnd(b, j + arguments[1].length);
                const s = window.getSelection(); s.removeAllRanges(); s.addRange(r);
                a.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
                """, from, to);
    }

    private java.util.List<pk.gov.mashwara.review.ThreadView> threads(MashwaraUser user, long draftId) {
        return Fixtures.as(user, () -> review.threads(draftId, 1));
    }

    /** A four-page PDF with a header and a "Page n of 4" footer on every page; a sentence runs on from page 1 to 2. */
    static byte[] pdf() throws IOException {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int p = 0; p < PAGES.size(); p++) {
                var page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    line(content, bold, 9, 240, 800, HEADER);
                    var y = 740f;
                    for (var line : PAGES.get(p)) {
                        line(content, font, 10, 60, y, line);
                        y -= 13;
                    }
                    line(content, font, 9, 270, 40, "Page " + (p + 1) + " of " + PAGES.size());
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void line(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
