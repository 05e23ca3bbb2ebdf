package pk.gov.mashwara;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;

import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.Messages;
import pk.gov.mashwara.shared.ui.Languages;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/**
 * Every page of the portal, opened in Urdu by a user who may see it, says everything in Urdu: no text, label,
 * placeholder, tooltip, column header or component text (date picker, upload, log-in form) is a message key
 * ({@code desk.title}), a missing-key marker ({@code !{…}!}) or the English text of a key. Proper nouns and codes
 * are the same in both languages ({@link TranslationCatalogueTest#SAME_IN_BOTH}). Every registered route is
 * opened.
 */
class UrduRoutesTest extends UiTest {

    @org.springframework.beans.factory.annotation.Autowired
    pk.gov.mashwara.directory.DirectoryService directory;
    @org.springframework.beans.factory.annotation.Autowired
    pk.gov.mashwara.directions.LetterService letters;
    @org.springframework.beans.factory.annotation.Autowired
    pk.gov.mashwara.datarequest.DataRequestService dataRequests;
    @org.springframework.beans.factory.annotation.Autowired
    pk.gov.mashwara.statement.StatementService statements;
    @org.springframework.beans.factory.annotation.Autowired
    pk.gov.mashwara.engagement.EngagementService engagements;

    /** Key-like words: two or more dot-separated parts of letters, the first in lower case. */
    private static final Pattern KEY_LIKE = Pattern.compile("(?<![\\w./@-])[a-z][A-Za-z]+(\\.[A-Za-z0-9_-]+)+(?![\\w/@-])");
    private static final Pattern MARKER = Pattern.compile("!\\{.*}!");

    @Test
    void every_route_reads_in_urdu_with_no_key_marker_or_english_text() throws IOException {
        var english = TranslationCatalogueTest.load("vaadin-i18n/translations.properties");
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var auditor = fixtures.user(null, Role.AUDITOR);
        var admin = fixtures.user(null, Role.ADMIN);
        var draft = fixtures.textDraft(drafter, Fixtures.unique("پیکا (ترمیمی) قواعد 2026"),
                "پیکا (ترمیمی) قواعد 2026\n\nسیکشن 37(2) کے تحت طریقۂ کار۔");
        fixtures.textVersion(drafter, draft.id(), "پیکا (ترمیمی) قواعد 2026\n\nسیکشن 37(2) میں ترمیم شدہ طریقۂ کار۔");

        // submitted: the NSMCWG sees its input page (not composed yet) before anyone else does
        var submitted = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("پیکا قواعد برائے جائزہ"),
                "پیکا (ترمیمی) قواعد 2026\n\nسیکشن 37(2) کے تحت طریقۂ کار۔");

        // a letter of directions to the PTA, whose one direction the PTA leads
        var monitor = fixtures.user("PMO", Role.PMO_MONITOR);
        var pta = fixtures.committee("PTA");
        var letter = Fixtures.as(monitor, () -> letters.register(new pk.gov.mashwara.directions.NewLetter(
                fixtures.committee("PMO"), "No. " + java.util.UUID.randomUUID().toString().substring(0, 6) + "/AS-II/2026",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Karachi")), "سوشل میڈیا رابطہ اجلاس", null, null, true,
                null, null, List.of(pk.gov.mashwara.directions.NewAddressee.body(pta, "چیئرمین پی ٹی اے")),
                List.of(new pk.gov.mashwara.directions.NewDirection("1", "مسودات این ایس ایم سی ڈبلیو جی کو بھیجے جائیں۔",
                        // the time line as the (Urdu) letter writes it
                        "فوری", pk.gov.mashwara.directions.Timeline.immediate(), "پی ٹی اے", false, pta, List.of(),
                        List.of(), List.of()))), null));
        // a data request to the PTA, answered with a workbook: its page shows the answer and the preview of its sheets
        var dataRequest = Fixtures.as(secretary, () -> dataRequests.create(new pk.gov.mashwara.datarequest.NewDataRequest(
                Fixtures.unique("شکایات کے اعداد و شمار"), "2025 میں کتنی شکایات موصول ہوئیں؟", "ورکنگ گروپ کے مشورے کے لیے۔",
                pk.gov.mashwara.datarequest.FormWanted.TABLE, pk.gov.mashwara.draft.Classification.RESTRICTED,
                pk.gov.mashwara.draft.Priority.IMMEDIATE, 5, "No. 1(1)/AS-II/2021", "4", List.of("PTA"))));
        Fixtures.as(officer, () -> dataRequests.answer(dataRequest, "PTA", "اعداد و شمار منسلک ہیں۔", false, null, false,
                List.of(new pk.gov.mashwara.datarequest.AnswerUpload("figures.xlsx",
                        () -> new java.io.ByteArrayInputStream(pk.gov.mashwara.datarequest.Spreadsheets.threeSheets())))));
        // a statement the PTA's drafter proposes (direction 5): the secretary reads every proposal
        var statement = Fixtures.as(drafter, () -> statements.propose(new pk.gov.mashwara.statement.StatementForm(null,
                "ٹک ٹاک سے ملاقات پر حکومت کا بیان۔", "ٹک ٹاک سے ملاقات", "TikTok",
                pk.gov.mashwara.statement.Urgency.URGENT)));
        // an engagement with a company, with a commitment past its day
        var engagement = Fixtures.as(secretary, () -> engagements.log(new pk.gov.mashwara.engagement.NewEngagement(
                "Google", pk.gov.mashwara.engagement.EngagementKind.MEETING, java.time.LocalDate.now().minusDays(9),
                "گوگل کے ساتھ رابطہ دفتر پر ملاقات", null, "فوکل پرسن", "گوگل کے نمائندے", "رابطہ دفتر",
                "شکایات کا افسر پاکستان میں", null, "7", "No. 1(1)/AS-II/2021", List.of("PTA"))));
        Fixtures.as(secretary, () -> engagements.addCommitment(engagement.id(), new pk.gov.mashwara.engagement.NewCommitment(
                "PTA", "زیرِ التوا درخواستوں کی فہرست", java.time.LocalDate.now().minusDays(2))));

        // each user's own choice of language, which the portal applies on signing in
        for (var user : List.of(drafter, secretary, auditor, admin)) {
            Fixtures.as(user, () -> directory.changeMyLanguage("ur"));
        }
        drafter = fixtures.load(drafter.getUsername());
        secretary = fixtures.load(secretary.getUsername());
        auditor = fixtures.load(auditor.getUsername());
        admin = fixtures.load(admin.getUsername());

        var routes = new LinkedHashMap<String, MashwaraUser>();
        routes.put("desk", drafter);
        routes.put("drafts", drafter);
        routes.put("drafts/" + draft.id(), drafter);
        routes.put("drafts/" + draft.id() + "/versions/1/text", drafter);
        routes.put("drafts/" + draft.id() + "/compare", drafter);
        routes.put("drafts/" + submitted.id() + "/input", secretary);
        routes.put("search", secretary);
        routes.put("statements", secretary);
        routes.put("statements/" + statement, secretary);
        routes.put("focal-person", secretary);
        routes.put("notifications", drafter);
        routes.put("pendency", secretary);
        routes.put("compliance", secretary);
        routes.put("directions", drafter);
        routes.put("directions/letters/" + letter.letter().id(), drafter);
        routes.put("directions/" + letter.directions().getFirst().id(), drafter);
        routes.put("data-requests", secretary);
        routes.put("data-requests/" + dataRequest, secretary);
        routes.put("response-templates", secretary);
        routes.put("audit", auditor);
        routes.put("admin/users", admin);
        routes.put("admin/committees", admin);
        routes.put("admin/extraction", admin);
        routes.put("admin/sign-in-limits", admin);
        routes.put("admin/companies", admin);
        routes.put("engagements", secretary);
        routes.put("engagements/" + engagement.id(), secretary);
        routes.put("commitments", secretary);
        // last: the test starts on the log-in page, in English, and opening the page it is on would keep that one
        routes.put("login", null);

        var found = new ArrayList<String>();
        var opened = new TreeSet<String>();
        boolean drawnChecked = false;
        for (var route : routes.entrySet()) {
            if (route.getValue() == null) {
                signOut();
            } else {
                signIn(route.getValue());
            }
            VaadinSession.getCurrent().setLocale(Messages.URDU);
            Languages.apply(UI.getCurrent(), Messages.URDU);
            navigate(route.getKey(), Component.class);
            assertThat(UI.getCurrent().getLocale()).isEqualTo(Messages.URDU);
            var view = getCurrentView();
            @SuppressWarnings("unchecked")
            var type = (Class<? extends Component>) view.getClass();
            opened.add(RouteConfiguration.forApplicationScope().getTemplate(type).orElse("?"));
            var shown = texts(UI.getCurrent().getElement());
            shown.addAll(gridCells());
            // the parts drawn in the browser (the menu, the reader's text, a draft's particulars): sent, not kept
            var drawn = pk.gov.mashwara.shared.ui.DrawnTexts.sent(UI.getCurrent());
            if (route.getKey().equals("drafts/" + draft.id())) {
                // a draft's particulars are drawn in the browser: their labels are among what is checked
                assertThat(drawn).as("the particulars drawn on a draft's page").contains(
                        Messages.get(Messages.URDU, "draft.field.committee"), Messages.get(Messages.URDU, "draft.field.legalBasis"));
                drawnChecked = true;
            }
            shown.addAll(drawn);
            for (var text : shown) {
                problems(text, english).forEach(p -> found.add("/" + route.getKey() + ": " + p));
            }
        }

        assertThat(found).as("English or untranslated texts on Urdu pages").isEmpty();
        assertThat(drawnChecked).as("a draft's page, whose particulars are drawn in the browser, was checked").isTrue();
        var all = new TreeSet<String>();
        RouteConfiguration.forApplicationScope().getAvailableRoutes().forEach(r -> all.add(r.getTemplate()));
        assertThat(opened).as("every route was opened").containsAll(all);
    }

    private void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    /** What is wrong with one text shown on an Urdu page, if anything. */
    private static List<String> problems(String text, Properties english) {
        var problems = new ArrayList<String>();
        if (MARKER.matcher(text).find()) {
            problems.add("missing-key marker in \"" + text + "\"");
        }
        var keys = KEY_LIKE.matcher(text);
        while (keys.find()) {
            if (english.containsKey(keys.group())) {
                problems.add("message key " + keys.group());
            }
        }
        var trimmed = text.strip();
        for (var key : english.stringPropertyNames()) {
            if (TranslationCatalogueTest.SAME_IN_BOTH.contains(key)) {
                continue;
            }
            var value = english.getProperty(key);
            if (value.contains("{") || !value.matches(".*\\p{IsLatin}{2,}.*")) {
                continue;
            }
            // a whole English text, or a longer English sentence inside a text
            if (trimmed.equals(value) || (value.length() >= 12 && value.contains(" ") && text.contains(value))) {
                problems.add("English text of " + key + ": \"" + value + "\"");
            }
        }
        return problems;
    }

    /** Every text a user can meet in the element's tree: text, labels, placeholders, tooltips, component texts. */
    private static Set<String> texts(Element root) {
        var texts = new TreeSet<String>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Element element, Set<String> texts) {
        if (element.isTextNode()) {
            add(texts, element.getText());
            return;
        }
        for (var name : element.getAttributeNames().toList()) {
            if (!name.equals("style") && !name.equals("class") && !name.equals("id") && !name.equals("href")
                    && !name.equals("src")) {
                add(texts, element.getAttribute(name));
            }
        }
        for (var name : element.getPropertyNames().toList()) {
            var value = element.getPropertyRaw(name);
            if (value != null) {
                strings(value.toString(), texts);
            }
        }
        element.getChildren().forEach(child -> collect(child, texts));
        // overlays and dialogs are attached as virtual children
        element.getNode().getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.VirtualChildrenList.class)
                .ifPresent(list -> list.forEachChild(node -> collect(Element.get(node), texts)));
    }

    /**
     * The texts of every grid's cells (its first rows). A plain-text column's cells are not elements: the grid sends
     * them to the browser as JSON items through its data communicator, so walking the element tree never meets them
     * (it sees only the headers and component cells). They are read here as the grid renders them.
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private Set<String> gridCells() {
        var texts = new TreeSet<String>();
        for (var grid : find(com.vaadin.flow.component.grid.Grid.class).all()) {
            var tester = test((com.vaadin.flow.component.grid.Grid) grid);
            var columns = ((com.vaadin.flow.component.grid.Grid<?>) grid).getColumns();
            for (int row = 0; row < Math.min(tester.size(), 25); row++) {
                for (int column = 0; column < columns.size(); column++) {
                    if (!columns.get(column).isVisible()) {
                        continue;
                    }
                    if (columns.get(column).getRenderer() instanceof com.vaadin.flow.data.renderer.ComponentRenderer) {
                        var cell = tester.getCellComponent(row, column);
                        if (cell != null) {
                            collect(cell.getElement(), texts);
                        }
                    } else {
                        // a Lit template's cell: the texts it is sent to show
                        pk.gov.mashwara.support.GridCells.texts((com.vaadin.flow.component.grid.Grid) grid, row, column)
                                .forEach(text -> add(texts, (String) text));
                    }
                }
            }
        }
        return texts;
    }

    /** A property may be a JSON object (a component's i18n): each of its string values is a text. */
    private static void strings(String value, Set<String> texts) {
        if (value.startsWith("{") || value.startsWith("[")) {
            var strings = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(?=[,}\\]])").matcher(value);
            while (strings.find()) {
                add(texts, strings.group(1));
            }
        } else {
            add(texts, value);
        }
    }

    private static void add(Set<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }
}
