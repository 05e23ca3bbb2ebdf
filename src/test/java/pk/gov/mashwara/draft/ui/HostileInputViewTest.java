package pk.gov.mashwara.draft.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftRecordExport;
import pk.gov.mashwara.draft.VersionInfo;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.search.ui.SearchView;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;
import pk.gov.mashwara.text.VersionTexts;
import pk.gov.mashwara.text.ui.ReaderView;

/**
 * HTML and script typed into titles, comments and file names, through the views: shown as the very characters
 * typed, never turned into markup — no element is made from them, no Html component carries them — and the
 * review record prints them as they are. Hostile searches in the search view get results or a plain message.
 */
class HostileInputViewTest extends UiTest {

    static final String SCRIPT = "<script>alert('mashwara')</script>";
    static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Autowired
    DraftRecordExport records;
    @Autowired
    VersionTexts texts;
    @Autowired
    SearchService search;

    @Test
    void a_draft_uploaded_with_html_in_its_title_and_file_name_shows_both_as_text_on_its_page_and_in_its_record()
            throws IOException {
        var word = "zh" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var title = SCRIPT + IMAGE + " & <b>" + word + "</b> \u202Eevil";
        var drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        signIn(drafter);
        var list = navigate(DraftListView.class);
        test(list.newDraft).click();
        var dialog = find(NewDraftDialog.class).single();
        test(dialog.title).setValue(title);
        dialog.kind.setValue(DraftKind.POLICY);
        test(dialog.legalBasis).setValue("<iframe src=javascript:alert(3)></iframe>");
        var pdf = Files.createTempFile("hostile", ".pdf");
        Files.write(pdf, Fixtures.uniquePdf("Hostile through the dialog"));
        dialog.acceptFile("..\\..\\" + IMAGE + "\u202Efdp.exe", pdf.toFile());

        test(dialog.create).click();
        Files.deleteIfExists(pdf);

        assertThat(getCurrentView()).as(() -> find(com.vaadin.flow.component.notification.Notification.class).all()
                .stream().map(n -> test(n).getText()).toList().toString()).isInstanceOf(DraftView.class);
        var view = (DraftView) getCurrentView();
        assertThat(view.title.getText()).isEqualTo(title);
        var version = (VersionInfo) test(view.versions).getRow(0);
        assertThat(version.fileName()).isEqualTo("_img src=x onerror=alert(1)__fdp.exe");
        // the name is shown whole, kept in its own direction (between Unicode isolates)
        assertThat(pk.gov.mashwara.shared.ui.Bidi.strip(test(view.versions).getCellText(0, FILE_COLUMN)))
                .isEqualTo("_img src=x onerror=alert(1)__fdp.exe");
        assertInert(title);
        assertInert("<iframe src=javascript:alert(3)></iframe>");

        var draftId = Long.parseLong(UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                .replace("drafts/", ""));
        var record = Fixtures.as(drafter, () -> records.export(draftId));
        try (var document = Loader.loadPDF(record.content())) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(SCRIPT, IMAGE, "<b>" + word + "</b>", "_img src=x onerror=alert(1)__fdp.exe",
                    "<iframe src=javascript:alert(3)></iframe>");
        }

        // the drafts list and the search show the same title as text
        navigate(DraftListView.class);
        assertInert(null);
        await().atMost(Duration.ofSeconds(90))
                .until(() -> Fixtures.as(drafter, () -> search.search(SearchQuery.of(word)).total()) == 1);
        var searchView = navigate(SearchView.class);
        test(find(TextField.class).id("search-query")).setValue(word);
        test(find(Button.class).id("search-button")).click();
        assertThat(find(Span.class).id("search-total").getText()).isEqualTo("1 result");
        assertInert(title);
    }

    @Test
    void a_comment_with_html_and_script_is_shown_as_written_in_the_reader_and_printed_as_written_in_the_record()
            throws IOException {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var text = "Rule 1. A platform shall <b>publish</b> its guidelines & answer complaints.\n";
        var id = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Hostile comment " + IMAGE), text).id();
        await().atMost(Duration.ofSeconds(60)).until(() -> texts.status(id, 1).isFinal());
        var body = SCRIPT + " Please " + IMAGE + " reconsider <a href=\"javascript:alert(2)\">this</a> & @nobody";

        signIn(member);
        navigate("drafts/" + id + "/versions/1/text", ReaderView.class);
        test(find(Button.class).id("review-whole-draft")).click();
        test(find(TextArea.class).id("review-new-comment")).setValue(body);
        test(find(Button.class).id("review-start")).click();

        assertInert(body);
        assertInert("<b>publish</b>");

        // the comment found in the search: its snippet is escaped text with the match marked, nothing more
        var word = "zk" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        test(find(Button.class).id("review-whole-draft")).click();
        test(find(TextArea.class).id("review-new-comment")).setValue(IMAGE + " " + word + " " + SCRIPT);
        test(find(Button.class).id("review-start")).click();
        await().atMost(Duration.ofSeconds(60)).until(
                () -> Fixtures.as(member, () -> search.search(SearchQuery.of(word)).comments().total()) == 1);
        navigate(SearchView.class);
        test(find(TextField.class).id("search-query")).setValue(word);
        test(find(Button.class).id("search-button")).click();
        assertInert(null);
        assertThat(UI.getCurrent().getChildren().flatMap(HostileInputViewTest::descendants)
                .map(c -> c.getElement().getProperty("innerHTML")).filter(h -> h != null && h.contains(word)))
                .singleElement().satisfies(html -> assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;",
                        "<mark>" + word + "</mark>", "&lt;script&gt;"));

        var record = Fixtures.as(member, () -> records.export(id));
        try (var document = Loader.loadPDF(record.content())) {
            var printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(printed).contains(SCRIPT, "reconsider <a href=\"javascript:alert(2)\">this</a> & @nobody",
                    "Hostile comment " + IMAGE);
        }
    }

    @Test
    void a_hostile_new_version_dropped_on_the_draft_page_is_refused_plainly_or_kept_under_a_harmless_name()
            throws IOException {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var created = fixtures.draft(drafter, Fixtures.unique("Hostile versions"));
        signIn(drafter);
        var view = navigate("drafts/" + created.id(), DraftView.class);

        for (var refused : List.of(pk.gov.mashwara.text.extraction.worker.TestDocuments.gzipBomb(20),
                pk.gov.mashwara.text.extraction.worker.TestDocuments.nestedZip(30), new byte[0],
                "MZ\u0090\u0000 not a draft".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))) {
            var file = Files.createTempFile("hostile-version", ".pdf");
            Files.write(file, refused);
            view.versionUpload.receive("../../" + IMAGE + ".pdf", file.toFile());

            assertThat(view.versionUploadError.getText()).as("said under the upload").contains("nothing was stored");
            assertThat(file).as("the received file is not kept").doesNotExist();
        }
        assertThat(test(view.versions).size()).isEqualTo(1);

        var pdf = Files.createTempFile("hostile-version", ".pdf");
        Files.write(pdf, Fixtures.uniquePdf("A harmless second version"));
        view.versionUpload.receive("..\\..\\" + SCRIPT + "\u202Efdp.exe", pdf.toFile());

        assertThat(pdf).doesNotExist();
        assertThat(test(view.versions).size()).isEqualTo(2);
        var name = ((VersionInfo) test(view.versions).getRow(0)).fileName();
        assertThat(name).doesNotContain("/", "\\", "<", ">", "\u202E").endsWith("fdp.exe");
        assertThat(pk.gov.mashwara.shared.ui.Bidi.strip(test(view.versions).getCellText(0, FILE_COLUMN))).isEqualTo(name);
        assertInert(null);
    }

    static List<String> hostileQueries() {
        return List.of("'; DROP TABLE draft; --", "title:(", "*", "?", "~", "\\", "\"unbalanced", "AND OR NOT",
                "x".repeat(10_000), "[a TO z]", "/regex/", SCRIPT, "\u0000");
    }

    @Test
    void hostile_searches_in_the_search_view_get_results_or_a_plain_message() {
        signIn(fixtures.user("PTA", Role.COMMITTEE_DRAFTER));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Fixtures.as(Fixtures.systemAdministrator(), () -> search.status().ready()));
        navigate(SearchView.class);
        var total = find(Span.class).id("search-total");
        var message = find(Span.class).id("search-message");

        var field = find(TextField.class).id("search-query");
        for (var query : hostileQueries()) {
            test(field).setValue(query);
            test(find(Button.class).id("search-button")).click();

            // a query that cannot be run is refused under the search field
            var refusal = field.isInvalid() ? field.getErrorMessage() : "";
            var shown = total.getText() + " " + message.getText() + " " + refusal;
            assertThat(shown).as(query.length() > 40 ? query.substring(0, 40) + "…" : query).isNotBlank()
                    .doesNotContain("Exception", "org.apache", "java.");
            if (!total.getText().isBlank()) {
                assertThat(total.getText()).matches("No results|\\d[\\d,]* results?");
            } else {
                assertThat(message.getText() + " " + refusal).containsAnyOf("could not be understood", "too long",
                        "too many");
            }
            assertInert(null);
        }
    }

    /** The versions grid's column of file names. */
    private static final int FILE_COLUMN = 1;

    /**
     * Nothing on the page was made from what users typed: no script element, no event handler attribute, no
     * Html component, no raw HTML in an innerHTML property; and, when {@code literal} is given, the page shows it
     * as text, character for character.
     */
    private void assertInert(String literal) {
        var ui = UI.getCurrent();
        var elements = new ArrayList<Element>();
        ui.getChildren().forEach(child -> collect(child.getElement(), elements));
        // and what the reader draws in the browser, built as the browser gets it
        components(ui).stream().filter(pk.gov.mashwara.text.ui.ReaderView.class::isInstance)
                .map(pk.gov.mashwara.text.ui.ReaderView.class::cast)
                .forEach(reader -> reader.shownText().forEach(e -> collect(e, elements)));
        for (var element : elements) {
            if (element.isTextNode()) {
                continue;
            }
            assertThat(element.getTag()).as("an element made from user input").isNotIn("script", "iframe");
            assertThat(element.getAttributeNames().toList()).as("attributes of <" + element.getTag() + ">")
                    .noneMatch(a -> a.toLowerCase(java.util.Locale.ROOT).startsWith("on"));
            assertThat(element.getAttribute("src")).as("src of <" + element.getTag() + ">").isNotEqualTo("x");
            assertThat(String.valueOf(element.getAttribute("href"))).as("a link made from user input")
                    .doesNotStartWith("javascript:");
            var inner = element.getProperty("innerHTML");
            if (inner != null) {
                assertThat(inner).as("innerHTML of <" + element.getTag() + ">")
                        .doesNotContain("<script", "<img", "<iframe", "<a ", "<b>");
            }
        }
        assertThat(components(ui)).as("Html components").noneMatch(Html.class::isInstance);
        if (literal != null) {
            // a part drawn in the browser (a draft's particulars) is sent as texts for text nodes only
            var drawn = pk.gov.mashwara.shared.ui.DrawnTexts.sent(ui);
            assertThat(elements).as("an element showing " + literal)
                    .anyMatch(e -> e.isTextNode() ? e.getText().contains(literal)
                            : e.getTextRecursively().contains(literal) || literal.equals(e.getProperty("value"))
                                    || drawn.stream().anyMatch(text -> text.contains(literal)));
        }
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        element.getChildren().forEach(child -> collect(child, into));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(HostileInputViewTest::descendants));
    }

    private static List<Component> components(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(c -> components(c).stream())).toList();
    }
}
