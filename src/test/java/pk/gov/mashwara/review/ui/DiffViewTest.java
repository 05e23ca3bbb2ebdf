package pk.gov.mashwara.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.QueryParameters;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.review.DraftTexts;
import pk.gov.mashwara.review.PassageMarker;
import pk.gov.mashwara.review.TestMarkers;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;
import pk.gov.mashwara.text.VersionTexts;

class DiffViewTest extends UiTest {

    static final String V1 = "1. A platform shall register within ninety days.\n\n2. The Authority may charge a fee.\n\n"
            + "3. Before <script>alert('x')</script><b>bold</b> text.\n";
    static final String V2 = "1. A platform shall register within sixty days.\n\n2. The Authority may charge a fee.\n\n"
            + "2A. A foreign platform shall appoint a representative.\n\n"
            + "3. Before <script>alert('y')</script><b>bold</b> text.\n";

    @Autowired
    TestMarkers markers;
    @Autowired
    DraftService drafts;
    @Autowired
    VersionTexts versionTexts;
    @Autowired
    pk.gov.mashwara.text.ExtractionAdminService extraction;
    DraftTexts texts;

    @BeforeEach
    void helpers() {
        texts = new DraftTexts(drafts, versionTexts, extraction);
    }

    @Test
    void side_by_side_strikes_removed_words_on_the_left_and_marks_added_ones_on_the_right() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var id = texts.draft(drafter, V1, V2);
        signIn(drafter);

        var view = open(id, "?from=1&to=2");
        assertThat(view.banner.isVisible()).isFalse();
        assertThat(view.title.getText()).endsWith("· v1 → v2");
        assertThat(view.summary.getText())
                .isEqualTo("Paragraphs: 2 changed, 1 added, 0 removed. Words: 10 added, 2 removed.");
        assertThat(view.from.getValue()).isEqualTo(1);
        assertThat(view.to.getValue()).isEqualTo(2);
        assertThat(view.mode.getValue()).isEqualTo(DiffView.Mode.SIDE);
        assertThat(view.rows.columns.isVisible()).isTrue();
        assertThat(view.back.getHref()).isEqualTo("drafts/" + id);

        var rows = view.rows.shownRows();
        assertThat(rows).extracting(r -> r.getElement().getAttribute("data-kind"))
                .containsExactly("CHANGED", "UNCHANGED", "ADDED", "CHANGED");
        var first = rows.getFirst();
        assertThat(marked(cell(first, "diff-from"), "del")).containsExactly("ninety");
        assertThat(marked(cell(first, "diff-from"), "ins")).isEmpty();
        assertThat(marked(cell(first, "diff-to"), "ins")).containsExactly("sixty");
        assertThat(paragraph(cell(first, "diff-from")).getElement().getTextRecursively())
                .isEqualTo("1. A platform shall register within ninety days.");
        assertThat(cell(rows.get(2), "diff-from").getClassNames()).contains("diff-empty");
        assertThat(marked(cell(rows.get(2), "diff-to"), "ins"))
                .containsExactly("2A. A foreign platform shall appoint a representative.");
        assertThat(rows).allSatisfy(row -> row.getChildren().map(Div.class::cast).filter(c -> !c.hasClassName("diff-empty"))
                .forEach(c -> assertThat(paragraph(c).getElement().getAttribute("dir")).isEqualTo("auto")));
    }

    @Test
    void markup_in_a_document_stays_text() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var id = texts.draft(drafter, V1, V2);
        signIn(drafter);

        for (var mode : List.of("side", "inline")) {
            var view = open(id, "?from=1&to=2&mode=" + mode);
            var last = view.rows.shownRows().getLast();
            var paragraphs = last.getElement().getChildren().flatMap(DiffViewTest::descendants)
                    .filter(e -> "p".equals(tag(e))).toList();
            assertThat(paragraphs).isNotEmpty().allSatisfy(p -> {
                assertThat(p.getChildren()).allSatisfy(child -> assertThat(child.isTextNode()
                        || List.of("del", "ins").contains(tag(child))).isTrue());
                assertThat(p.getChildren().filter(c -> !c.isTextNode()))
                        .allSatisfy(c -> assertThat(c.getChildren()).allMatch(Element::isTextNode));
                assertThat(p.getProperty("innerHTML")).isNull();
            });
            assertThat(paragraphs.getFirst().getTextRecursively()).contains("<script>alert(").contains("<b>bold</b>");
        }
    }

    @Test
    void inline_shows_one_column_with_del_and_ins_and_the_mode_goes_into_the_address() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var id = texts.draft(drafter, V1, V2);
        signIn(drafter);

        var view = open(id, "?from=1&to=2");
        test(view.mode).selectItem("Inline");
        view = (DiffView) getCurrentView();
        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getSingleParameter("mode"))
                .contains("inline");
        assertThat(view.rows.columns.isVisible()).isFalse();
        var first = view.rows.shownRows().getFirst();
        assertThat(first.getClassNames()).contains("diff-inline");
        var paragraph = paragraph(first);
        assertThat(paragraph.getElement().getAttribute("dir")).isEqualTo("auto");
        assertThat(paragraph.getElement().getChildren().filter(c -> !c.isTextNode()).map(e -> e.getTag() + ":" + e.getText()))
                .containsExactly("del:ninety", "ins:sixty");
        assertThat(paragraph.getElement().getTextRecursively())
                .isEqualTo("1. A platform shall register within ninetysixty days.");
    }

    @Test
    void choosing_other_versions_compares_them_and_without_a_choice_the_two_newest_are_compared() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var id = texts.draft(drafter, V1, V2, V2.replace("sixty", "thirty"));
        signIn(drafter);

        var view = open(id, "");
        assertThat(view.from.getValue()).isEqualTo(2);
        assertThat(view.to.getValue()).isEqualTo(3);
        assertThat(view.summary.getText()).startsWith("Paragraphs: 1 changed, 0 added");

        test(view.from).selectItem("v1");
        view = (DiffView) getCurrentView();
        var query = UI.getCurrent().getActiveViewLocation().getQueryParameters();
        assertThat(query.getSingleParameter("from")).contains("1");
        assertThat(query.getSingleParameter("to")).contains("3");
        assertThat(view.shownComparison().from().versionNumber()).isEqualTo(1);
        assertThat(marked(cell(view.rows.shownRows().getFirst(), "diff-to"), "ins")).containsExactly("thirty");
    }

    @Test
    void long_unchanged_runs_fold_around_a_change_and_open_on_request() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var v1 = IntStream.rangeClosed(1, 30).mapToObj(i -> "Clause " + i + " of the rules.").collect(Collectors.joining("\n\n"));
        var id = texts.draft(drafter, v1, v1.replace("Clause 15 of the rules.", "Clause 15 of the amended rules."));
        signIn(drafter);

        var view = open(id, "?from=1&to=2");
        // 14 unchanged before the change (one kept for context), 15 after it (one kept)
        assertThat(view.rows.foldedRuns()).extracting(b -> b.getText())
                .containsExactly("… 13 unchanged paragraphs (show)", "… 14 unchanged paragraphs (show)");
        assertThat(view.rows.shownRows()).extracting(r -> r.getElement().getAttribute("data-kind"))
                .containsExactly("UNCHANGED", "CHANGED", "UNCHANGED");
        test(view.rows.foldedRuns().getFirst()).click();
        assertThat(view.rows.foldedRuns()).hasSize(1);
        assertThat(view.rows.shownRows()).hasSize(16);
        assertThat(paragraph(cell(view.rows.shownRows().getFirst(), "diff-from")).getText()).isEqualTo("Clause 1 of the rules.");
    }

    @Test
    void threads_are_numbered_on_the_paragraphs_they_are_about_and_keep_them_unfolded() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var v1 = IntStream.rangeClosed(1, 30).mapToObj(i -> "Clause " + i + " of the rules.").collect(Collectors.joining("\n\n"));
        var v2 = v1.replace("Clause 15 of the rules.", "Clause 15 of the amended rules.");
        var id = texts.draft(drafter, v1, v2);
        var at5 = v1.indexOf("Clause 5 ");
        markers.mark(id, 1, new PassageMarker(42, at5, at5 + 8, "Why clause 5?", "drafts/" + id + "#thread-42"));
        var at15 = v2.indexOf("amended");
        markers.mark(id, 2, new PassageMarker(7, at15, at15 + 7, "<b>amended</b> how?", null),
                new PassageMarker(42, v2.indexOf("Clause 5 "), v2.indexOf("Clause 5 ") + 8, "Why clause 5?", null));
        signIn(drafter);

        var view = open(id, "?from=1&to=2");
        var fifth = view.rows.shownRows().stream()
                .filter(r -> paragraph(cell(r, "diff-to")).getText().equals("Clause 5 of the rules.")).findFirst().orElseThrow();
        var onFrom = markerElements(cell(fifth, "diff-from"));
        assertThat(onFrom).extracting(Element::getText).containsExactly("2");
        assertThat(onFrom.getFirst().getAttribute("href")).isEqualTo("drafts/" + id + "#thread-42");
        assertThat(onFrom.getFirst().getAttribute("title")).isEqualTo("Thread 2: Why clause 5?");
        assertThat(markerElements(cell(fifth, "diff-to"))).extracting(Element::getText).containsExactly("2");

        var changed = view.rows.shownRows().stream().filter(r -> "CHANGED".equals(r.getElement().getAttribute("data-kind")))
                .findFirst().orElseThrow();
        var onChanged = markerElements(cell(changed, "diff-to"));
        assertThat(onChanged).extracting(Element::getText).containsExactly("1");
        assertThat(onChanged.getFirst().getAttribute("title")).isEqualTo("Thread 1: <b>amended</b> how?");
        assertThat(markerElements(cell(changed, "diff-from"))).isEmpty();
    }

    @Test
    void a_long_comparison_is_shown_in_chunks() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var v1 = IntStream.rangeClosed(1, 200).mapToObj(i -> "Clause " + i + " applies to every platform.")
                .collect(Collectors.joining("\n\n"));
        var id = texts.draft(drafter, v1, v1.replace("every", "each"));
        signIn(drafter);

        var view = open(id, "?from=1&to=2");
        assertThat(view.rows.shownRows()).hasSize(DiffRows.CHUNK);
        assertThat(view.rows.more.isVisible()).isTrue();
        assertThat(view.rows.more.getText()).isEqualTo("Show more differences");
        // every clause changed: one place, however long
        assertThat(view.places.getText()).isEqualTo("The versions differ in one place; showing the first 1.");
        test(view.rows.more).click();
        assertThat(view.rows.shownRows()).hasSize(200);
        assertThat(view.rows.more.isVisible()).isFalse();
        assertThat(view.places.getText()).isEqualTo("The versions differ in one place.");
        assertThat(view.shownComparison().rowCount()).isEqualTo(200);
    }

    @Test
    void many_places_are_shown_a_page_at_a_time_with_how_many_there_are_and_the_session_keeps_only_the_page() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var v1 = IntStream.rangeClosed(1, 1000).mapToObj(i -> "Clause " + i + " applies to every platform.")
                .collect(Collectors.joining("\n\n"));
        // every tenth clause changed: 100 places, each shown with an unchanged clause before and after it
        var v2 = IntStream.rangeClosed(1, 1000).mapToObj(i -> "Clause " + i + (i % 10 == 0 ? " applies to each platform."
                : " applies to every platform.")).collect(Collectors.joining("\n\n"));
        var id = texts.draft(drafter, v1, v2);
        signIn(drafter);

        var view = open(id, "?from=1&to=2");
        assertThat(view.rows.shownRows()).hasSize(DiffRows.CHUNK);
        assertThat(view.places.getText()).isEqualTo("The versions differ in 100 places; showing the first 50.");
        assertThat(view.shownComparison().rows()).hasSize(DiffRows.CHUNK);
        test(view.rows.more).click();
        assertThat(view.places.getText()).isEqualTo("The versions differ in 100 places.");
        assertThat(view.rows.more.isVisible()).isFalse();
        assertThat(view.rows.shownRows()).filteredOn(r -> "CHANGED".equals(r.getElement().getAttribute("data-kind")))
                .hasSize(100);
        // 50 places of three rows on the first page, 49 of three and the last (at the very end) of two on the second
        assertThat(view.rows.shownRows()).hasSize(299);
        assertThat(view.rows.foldedRuns()).hasSize(100).allSatisfy(b -> assertThat(b.getText()).startsWith("… "));
    }

    @Test
    void what_cannot_be_compared_is_said_in_the_banner() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var id = texts.draft(drafter, V1, V2);
        signIn(drafter);

        var view = open(id, "?from=2&to=2");
        assertThat(view.banner.isVisible()).isTrue();
        assertThat(view.banner.getText()).isEqualTo("Choose two different versions: both are v2.");
        assertThat(view.summary.isVisible()).isFalse();
        assertThat(view.rows.shownRows()).isEmpty();

        view = open(id, "?from=1&to=5");
        assertThat(view.banner.getText()).isEqualTo("Version 5 does not exist.");

        var single = texts.draft(drafter, V1);
        view = open(single, "");
        assertThat(view.banner.getText()).isEqualTo("This draft has only one version; there is nothing to compare it with yet.");
    }

    @Test
    void another_committee_is_sent_to_the_list() {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var hidden = fixtures.draft(drafter, Fixtures.unique("Hidden comparison"));
        signIn(fixtures.user("PTA", Role.COMMITTEE_DRAFTER));
        UI.getCurrent().navigate("drafts/" + hidden.id() + "/compare", QueryParameters.fromString("from=1&to=2"));
        assertThat(getCurrentView()).isNotInstanceOf(DiffView.class);
        assertThat(test(find(Notification.class).last()).getText()).contains("not visible to you");
    }

    private DiffView open(long draftId, String query) {
        UI.getCurrent().navigate("drafts/" + draftId + "/compare", QueryParameters.fromString(query.replaceFirst("^\\?", "")));
        return (DiffView) getCurrentView();
    }

    /** The tag of an element; text nodes have none. */
    private static String tag(Element element) {
        return element.isTextNode() ? "" : element.getTag();
    }

    private static Div cell(Div row, String side) {
        return row.getChildren().map(Div.class::cast).filter(c -> c.hasClassName(side)).findFirst().orElseThrow();
    }

    private static Paragraph paragraph(Div holder) {
        return holder.getChildren().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).findFirst().orElseThrow();
    }

    private static List<String> marked(Div holder, String tag) {
        return paragraph(holder).getElement().getChildren().filter(e -> tag.equals(tag(e))).map(Element::getText).toList();
    }

    private static List<Element> markerElements(Div holder) {
        return holder.getElement().getChildren().flatMap(DiffViewTest::descendants)
                .filter(e -> !e.isTextNode() && e.getClassList().contains("diff-marker")).toList();
    }

    private static java.util.stream.Stream<Element> descendants(Element element) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(element),
                element.getChildren().flatMap(DiffViewTest::descendants));
    }

}
