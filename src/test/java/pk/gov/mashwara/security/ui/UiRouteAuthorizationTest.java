package pk.gov.mashwara.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;

import pk.gov.mashwara.desk.ui.DeskView;
import pk.gov.mashwara.directory.ui.UsersView;
import pk.gov.mashwara.draft.ui.DraftListView;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.UiTest;

/**
 * Every route of the UI × every role and the anonymous visitor, navigating as each would: Vaadin's navigation
 * access control (the views' {@code @RolesAllowed}/{@code @PermitAll}) and the views' own checks decide. The
 * routes are read from the route registry at test time, so a route added without a rule in {@link #table()}
 * fails. Routes about a draft are opened on another committee's unsubmitted draft: only its committee (and the
 * auditor, who reads everything) may see it; everyone else is sent away without seeing anything of it.
 */
class UiRouteAuthorizationTest extends UiTest {

    enum Caller {
        ANONYMOUS(null, null),
        OWN_DRAFTER("MOIB", Role.COMMITTEE_DRAFTER),
        OWN_OFFICER("MOIB", Role.COMMITTEE_OFFICER),
        OTHER_DRAFTER("PTA", Role.COMMITTEE_DRAFTER),
        OTHER_OFFICER("PTA", Role.COMMITTEE_OFFICER),
        NSMCWG_MEMBER("NSMCWG", Role.NSMCWG_MEMBER),
        NSMCWG_SECRETARY("NSMCWG", Role.NSMCWG_SECRETARY),
        FOCAL_PERSON("NSMCWG", Role.FOCAL_PERSON),
        ADMIN(null, Role.ADMIN),
        AUDITOR(null, Role.AUDITOR),
        PMO_MONITOR("PMO", Role.PMO_MONITOR);

        final String committee;
        final Role role;

        Caller(String committee, Role role) {
            this.committee = committee;
            this.role = role;
        }
    }

    /** What a caller ends up with after navigating to a route. */
    enum Outcome {
        /** The route's own view. */
        OPENS,
        /** The log-in page: not signed in. */
        LOGIN,
        /** Vaadin's refusal (the view's roles do not include the caller's): an error view, nothing of the view. */
        DENIED,
        /** Sent to the drafts list: the draft is not visible to the caller (the view says so). */
        TO_LIST,
        /** Sent to the caller's landing page: My desk, or the users' administration for an administrator. */
        LANDING,
        /** Sent to another page of the portal (a record that does not exist sends the caller to its list). */
        ELSEWHERE
    }

    @Autowired
    ThreadActions threads;

    private final Map<Caller, MashwaraUser> users = new EnumMap<>(Caller.class);
    private long hiddenDraft;
    private String hiddenTitle;

    @BeforeEach
    void createCallersAndTheHiddenDraft() {
        for (var caller : Caller.values()) {
            if (caller.role != null) {
                users.put(caller, caller.role == Role.FOCAL_PERSON ? fixtures.focalPerson()
                        : fixtures.user(caller.committee, caller.role));
            }
        }
        var drafter = users.get(Caller.OWN_DRAFTER);
        hiddenTitle = Fixtures.unique("Hidden route draft");
        hiddenDraft = fixtures.textDraft(drafter, hiddenTitle, "First text of the hidden draft.").id();
        fixtures.textVersion(drafter, hiddenDraft, "Second text of the hidden draft.");
        Fixtures.as(drafter, () -> threads.start(new NewThread(hiddenDraft, 2, null, "An internal note.", true)));
    }

    /** The expected outcome per route template (as registered, parameters included) and caller. */
    private static Map<String, Map<Caller, Outcome>> table() {
        var t = new LinkedHashMap<String, Map<Caller, Outcome>>();
        t.put("login", rule(Outcome.LANDING, Map.of(Caller.ANONYMOUS, Outcome.OPENS)));
        // every role has a desk (an administrator's shows the users, extraction problems and indexes)
        t.put("desk", rule(Outcome.OPENS, Map.of()));
        t.put("", rule(Outcome.OPENS, Map.of()));
        t.put("drafts", rule(Outcome.OPENS, Map.of(Caller.ADMIN, Outcome.LANDING)));
        // an administrator's role alone sees no draft: the pages about drafts lead to the administrator's desk,
        // as the menu does not offer them
        t.put("search", rule(Outcome.OPENS, Map.of(Caller.ADMIN, Outcome.LANDING)));
        t.put("notifications", rule(Outcome.OPENS, Map.of()));
        // the hidden draft: its committee and the auditor open it, everyone else is sent to the list (and the
        // administrator on from there to the administrator's desk)
        var draft = Map.of(Caller.OWN_DRAFTER, Outcome.OPENS, Caller.OWN_OFFICER, Outcome.OPENS, Caller.AUDITOR,
                Outcome.OPENS, Caller.ADMIN, Outcome.LANDING);
        t.put("drafts/:draftId([0-9]{1,18})", rule(Outcome.TO_LIST, draft));
        t.put("drafts/:draftId([0-9]{1,18})/compare", rule(Outcome.TO_LIST, draft));
        t.put("drafts/:draftId([0-9]{1,18})/versions/:number([0-9]{1,9})/text", rule(Outcome.TO_LIST, draft));
        // the NSMCWG's input: not cleared on this draft (and not the NSMCWG's to see), so nobody opens it
        t.put("drafts/:draftId([0-9]{1,18})/input", rule(Outcome.TO_LIST, Map.of(Caller.ADMIN, Outcome.LANDING)));
        // by role
        // pendency in tabs: the PMO's monitor opens it for the directions' tab (with no letter of its own yet, the tab
        // is still offered: the monitor registers letters)
        t.put("pendency", rule(Outcome.OPENS, Map.of(Caller.NSMCWG_MEMBER, Outcome.DENIED, Caller.ADMIN,
                Outcome.LANDING)));
        // the compliance dashboard: the issuing office's monitor, the NSMCWG's secretary and focal person, auditors
        t.put("compliance", rule(Outcome.DENIED, Map.of(Caller.PMO_MONITOR, Outcome.OPENS, Caller.NSMCWG_SECRETARY,
                Outcome.OPENS, Caller.FOCAL_PERSON, Outcome.OPENS, Caller.AUDITOR, Outcome.OPENS)));
        t.put("audit", rule(Outcome.DENIED, Map.of(Caller.AUDITOR, Outcome.OPENS, Caller.ADMIN, Outcome.OPENS)));
        t.put("admin/users", rule(Outcome.DENIED, Map.of(Caller.ADMIN, Outcome.OPENS)));
        t.put("admin/committees", rule(Outcome.DENIED, Map.of(Caller.ADMIN, Outcome.OPENS)));
        t.put("admin/extraction", rule(Outcome.DENIED, Map.of(Caller.ADMIN, Outcome.OPENS)));
        t.put("admin/sign-in-limits", rule(Outcome.DENIED, Map.of(Caller.ADMIN, Outcome.OPENS)));
        t.put("admin/companies", rule(Outcome.DENIED, Map.of(Caller.ADMIN, Outcome.OPENS)));
        // the registers of the letter's other directions: who may open them (what each may see in them is checked by
        // their own tests, with records that exist)
        t.put("directions", rule(Outcome.OPENS, Map.of(Caller.ADMIN, Outcome.LANDING)));
        // a letter or direction that does not exist: said, and the caller is on the register
        t.put("directions/letters/:letterId([0-9]{1,18})", rule(Outcome.ELSEWHERE, Map.of(Caller.ADMIN, Outcome.LANDING)));
        t.put("directions/:directionId([0-9]{1,18})", rule(Outcome.ELSEWHERE, Map.of(Caller.ADMIN, Outcome.LANDING)));
        // the PMO's monitor neither asks for data nor answers it
        t.put("data-requests", rule(Outcome.OPENS, Map.of(Caller.ADMIN, Outcome.DENIED, Caller.PMO_MONITOR,
                Outcome.DENIED)));
        t.put("data-requests/:requestId([0-9]{1,18})", rule(Outcome.OPENS, Map.of(Caller.ADMIN, Outcome.DENIED,
                Caller.PMO_MONITOR, Outcome.DENIED)));
        t.put("statements", rule(Outcome.OPENS, Map.of()));
        t.put("statements/:statementId([0-9]{1,18})", rule(Outcome.OPENS, Map.of()));
        t.put("focal-person", rule(Outcome.OPENS, Map.of()));
        // nor is the PMO's monitor party to the engagements with the companies
        t.put("engagements", rule(Outcome.OPENS, Map.of(Caller.ADMIN, Outcome.DENIED, Caller.PMO_MONITOR,
                Outcome.DENIED)));
        t.put("engagements/:id", rule(Outcome.OPENS, Map.of(Caller.ADMIN, Outcome.DENIED, Caller.PMO_MONITOR,
                Outcome.DENIED)));
        t.put("commitments", rule(Outcome.OPENS, Map.of(Caller.ADMIN, Outcome.DENIED, Caller.PMO_MONITOR,
                Outcome.DENIED)));
        t.put("response-templates", rule(Outcome.DENIED, Map.of(Caller.OWN_DRAFTER, Outcome.OPENS, Caller.OWN_OFFICER,
                Outcome.OPENS, Caller.OTHER_DRAFTER, Outcome.OPENS, Caller.OTHER_OFFICER, Outcome.OPENS,
                Caller.NSMCWG_SECRETARY, Outcome.OPENS, Caller.FOCAL_PERSON, Outcome.OPENS)));
        return t;
    }

    /** {@code others} for every signed-in caller not named; the anonymous visitor goes to the log-in page. */
    private static Map<Caller, Outcome> rule(Outcome others, Map<Caller, Outcome> specific) {
        var map = new EnumMap<Caller, Outcome>(Caller.class);
        for (var caller : Caller.values()) {
            map.put(caller, caller == Caller.ANONYMOUS ? Outcome.LOGIN : others);
        }
        map.putAll(specific);
        return map;
    }

    /** Every route and route alias the application has, with the view that serves it. */
    private static Map<String, Class<? extends Component>> routes() {
        var routes = new LinkedHashMap<String, Class<? extends Component>>();
        for (var route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            routes.put(route.getTemplate(), route.getNavigationTarget());
            route.getRouteAliases().forEach(alias -> routes.put(alias.getTemplate(), route.getNavigationTarget()));
        }
        return routes;
    }

    @Test
    void every_route_has_a_rule() {
        var routes = routes();
        assertThat(routes).as("the registry lists the portal's routes").containsKeys("login", "drafts", "audit");
        var missing = new TreeSet<>(routes.keySet());
        missing.removeAll(table().keySet());
        assertThat(missing).as("UI routes without a rule in " + getClass().getSimpleName()
                + ": add each to table() with what every role must get").isEmpty();
        var stale = new TreeSet<>(table().keySet());
        stale.removeAll(routes.keySet());
        assertThat(stale).as("rules for routes that no longer exist").isEmpty();
    }

    @Test
    void every_caller_gets_what_the_table_says() {
        var routes = routes();
        var failures = new ArrayList<String>();
        var actual = new LinkedHashMap<String, Map<Caller, Outcome>>();
        for (var entry : table().entrySet()) {
            var template = entry.getKey();
            var target = routes.get(template);
            if (target == null) {
                continue; // reported by every_route_has_a_rule
            }
            var location = fill(template);
            var row = new EnumMap<Caller, Outcome>(Caller.class);
            for (var caller : Caller.values()) {
                signInAs(caller);
                var outcome = navigateTo(location, target);
                row.put(caller, outcome);
                var expected = entry.getValue().get(caller);
                if (outcome != expected) {
                    failures.add(template + " as " + caller + ": expected " + expected + ", got " + outcome + " ("
                            + getCurrentView().getClass().getSimpleName() + ")");
                } else if (outcome != Outcome.OPENS && template.startsWith("drafts/")) {
                    assertThat(UI.getCurrent().getElement().getOuterHTML()).as(template + " as " + caller)
                            .doesNotContain(hiddenTitle);
                }
            }
            actual.put(template, row);
        }
        assertThat(failures).as("outcomes that differ from the table; all of them:\n" + render(actual)).isEmpty();
    }

    /**
     * The menu offers a caller exactly the pages the guards open for it: an item that leads to a refusal or to
     * another page is not offered, and a page that opens is not left out (the administrator, whose role alone sees
     * no draft, gets neither the drafts, search nor pendency, by menu or by address).
     */
    @Test
    void the_menu_offers_each_caller_exactly_the_pages_that_open_for_it() {
        var menuRoutes = new TreeSet<String>();
        for (var route : RouteConfiguration.forApplicationScope().getAvailableRoutes()) {
            if (route.getNavigationTarget().isAnnotationPresent(com.vaadin.flow.router.Menu.class)) {
                menuRoutes.add(route.getTemplate());
            }
        }
        assertThat(menuRoutes).contains("drafts", "search", "pendency", "admin/users");
        var failures = new ArrayList<String>();
        for (var caller : Caller.values()) {
            if (caller == Caller.ANONYMOUS) {
                continue;
            }
            // by way of the log-in page, which has no menu: the desk then builds its menu for this caller
            signInAs(Caller.ANONYMOUS);
            UI.getCurrent().navigate("login");
            signInAs(caller);
            UI.getCurrent().navigate("desk");
            assertThat(getCurrentView()).isInstanceOf(DeskView.class);
            var offered = new TreeSet<String>();
            find(pk.gov.mashwara.MainLayout.class).single().menu()
                    .forEach(item -> offered.add(item.path().replaceFirst("^/", "")));
            for (var route : menuRoutes) {
                var opens = table().get(route).get(caller) == Outcome.OPENS;
                if (opens != offered.contains(route)) {
                    failures.add(caller + ": " + route + (opens ? " opens but is not offered" : " is offered but "
                            + table().get(route).get(caller)));
                }
            }
        }
        assertThat(failures).as("menus and route guards disagree").isEmpty();
    }

    private void signInAs(Caller caller) {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        if (caller != Caller.ANONYMOUS) {
            signIn(users.get(caller));
        }
    }

    private Outcome navigateTo(String location, Class<? extends Component> target) {
        var query = location.indexOf('?');
        UI.getCurrent().navigate(query < 0 ? location : location.substring(0, query),
                QueryParameters.fromString(query < 0 ? "" : location.substring(query + 1)));
        var view = getCurrentView();
        if (target.isInstance(view)) {
            return Outcome.OPENS;
        }
        if (view instanceof LoginView) {
            return Outcome.LOGIN;
        }
        if (view instanceof DraftListView) {
            return Outcome.TO_LIST;
        }
        if (view instanceof DeskView || view instanceof UsersView) {
            return Outcome.LANDING;
        }
        if (view instanceof HasErrorParameter<?>) {
            return Outcome.DENIED;
        }
        if (view.getClass().getPackageName().startsWith("pk.gov.mashwara")) {
            return Outcome.ELSEWHERE;
        }
        throw new AssertionError("navigating to " + location + " ended on " + view.getClass().getName());
    }

    /** The route with its parameters filled: the hidden draft, its first version, both versions compared. */
    private String fill(String template) {
        var path = template.replaceAll(":draftId\\([^)]*\\)", Long.toString(hiddenDraft))
                .replaceAll(":number\\([^)]*\\)", "1")
                // a record of the other registers that does not exist: what matters here is who the route lets in
                .replaceAll(":[A-Za-z]+(\\([^)]*\\))?", "999999999");
        assertThat(path).as("a route parameter this test cannot fill: " + template).doesNotContain(":");
        return template.endsWith("/compare") ? path + "?from=1&to=2" : path;
    }

    private static String render(Map<String, Map<Caller, Outcome>> actual) {
        Function<Object, String> cell = o -> String.format(" %-8.8s", o);
        var out = new StringBuilder(String.format("%-60s", "route"));
        for (var caller : Caller.values()) {
            out.append(cell.apply(caller.name()));
        }
        out.append('\n');
        actual.forEach((route, row) -> {
            out.append(String.format("%-60s", route));
            for (var caller : Caller.values()) {
                out.append(cell.apply(row.get(caller)));
            }
            out.append('\n');
        });
        return out.toString();
    }
}
