package pk.gov.mashwara.desk.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.theme.lumo.LumoUtility;

import jakarta.annotation.security.PermitAll;

import pk.gov.mashwara.audit.AuditRecord;
import pk.gov.mashwara.desk.DeskItem;
import pk.gov.mashwara.desk.DeskService;
import pk.gov.mashwara.desk.DeskService.Part;
import pk.gov.mashwara.notification.FollowedDraft;
import pk.gov.mashwara.notification.Follows;
import pk.gov.mashwara.routing.PendencyService;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;
import pk.gov.mashwara.shared.ui.LazyPages;
import pk.gov.mashwara.shared.ui.Views;

/**
 * My desk, the page after signing in, with a part for each of the user's roles: the drafts whose current step waits
 * for the user (the action due, since when, the deadline, overdue ones first and marked); for an NSMCWG member the
 * drafts open for comments with the review deadline and what is new since the member last looked; for an auditor
 * the latest verification of the audit chain and the recent entries; for an administrator the users, extraction
 * problems and search indexes; and the drafts the user follows. The lists read their rows from the services a page
 * at a time and hold none of their own.
 */
@Route("desk")
@RouteAlias("")
@Menu(order = 0, title = "nav.desk", icon = "vaadin:desktop")
@PermitAll
public class DeskView extends Main implements HasDynamicTitle {

    // built only for the parts the user's roles have: the desk is every user's first page
    Grid<DeskItem> waiting;
    Grid<DeskItem> reviews;
    Grid<FollowedDraft> followed;
    final Span waitingSummary = new Span();
    final Span reviewsSummary = new Span();
    AuditPart audit;
    AdminPart admin;
    LetterWorkPart letterWork;
    pk.gov.mashwara.engagement.ui.OverdueCommitmentsPart owedCommitments;

    public DeskView(DeskService desk, PendencyService pendency, Follows follows,
            pk.gov.mashwara.security.CurrentUser currentUser, pk.gov.mashwara.search.SearchService search,
            pk.gov.mashwara.directions.ComplianceQueries directions,
            java.util.List<pk.gov.mashwara.desk.ui.section.DeskSection> sections,
            pk.gov.mashwara.statement.StatementService statements, pk.gov.mashwara.directory.FocalPersonService focal,
            pk.gov.mashwara.engagement.CommitmentService commitments,
            pk.gov.mashwara.directions.ProgressReports progressReports) {
        Views.frame(this);
        setId("desk");
        var parts = desk.parts();
        var header = parts.contains(Part.FOLLOWED) ? Views.header(getTranslation("desk.title"), allDraftsButton())
                : Views.header(getTranslation("desk.title"));
        add(header);

        if (parts.contains(Part.ADMINISTRATION)) {
            admin = new AdminPart(desk.adminFigures(), search::rebuild);
            add(sectionTitle("desk.admin.title"), admin);
        }
        if (parts.contains(Part.WAITING)) {
            // counts only: the list reads its rows a page at a time as it scrolls
            var mine = pendency.deskCount();
            waitingSummary.setText(getTranslation("desk.waiting.summary", mine.total(), mine.overdue()));
            waitingSummary.addClassNames(LumoUtility.TextColor.SECONDARY, "desk-summary");
            // an empty part says so in a line of its own (below)
            waitingSummary.setVisible(mine.total() > 0);
            // the focal person's work is the input awaiting clearance
            boolean focalOnly = currentUser.get().map(u -> u.roles().equals(java.util.Set.of(
                    pk.gov.mashwara.security.Role.FOCAL_PERSON))).orElse(false);
            add(sectionTitle(focalOnly ? "desk.waiting.clearanceTitle" : "desk.waiting.title"), waitingSummary);
            if (mine.total() > 0) {
                configureWaiting(desk, pendency, mine.total());
                add(waiting);
            } else {
                add(nothing("desk-waiting", "desk.waiting.none"));
            }
        }
        // the letters' directions waiting for the user's body, overdue first; shown only when there are some
        var waitingDirections = directions.waitingForMyBody();
        if (!waitingDirections.isEmpty()) {
            add(sectionTitle("desk.directions.title"), new DeskDirections(waitingDirections));
        }
        // the progress reports the user's office owes soon or is late with
        DeskProgressReports.section(progressReports).ifPresent(this::add);
        // statements to decide or give a view on, nominations for focal person (directions 5 and 3)
        letterWork = new LetterWorkPart(statements, focal);
        add(letterWork);
        // overdue commitments of engagements with the companies, owed by the user's body or in one the user leads
        owedCommitments = new pk.gov.mashwara.engagement.ui.OverdueCommitmentsPart(commitments);
        add(owedCommitments);
        if (parts.contains(Part.OPEN_FOR_COMMENTS)) {
            long count = desk.openForCommentsCount();
            reviewsSummary.setText(getTranslation("desk.reviews.summary", count));
            reviewsSummary.addClassNames(LumoUtility.TextColor.SECONDARY, "desk-summary");
            reviewsSummary.setVisible(count > 0);
            add(sectionTitle("desk.reviews.title"), reviewsSummary);
            if (count > 0) {
                configureReviews(desk, count);
                add(reviews);
            } else {
                add(nothing("desk-reviews", "desk.reviews.none"));
            }
        }
        if (parts.contains(Part.AUDIT)) {
            audit = new AuditPart(desk);
            add(sectionTitle("desk.audit.title"), audit);
        }
        if (parts.contains(Part.FOLLOWED)) {
            add(sectionTitle("desk.followed.title"));
            long followedCount = follows.countMine();
            if (followedCount > 0) {
                configureFollowed(follows, followedCount);
                add(followed);
            } else {
                add(nothing("desk-followed", "desk.followed.none"));
            }
        }
        // the other modules' parts (data requests, …), each only when something waits for the user there
        sections.forEach(section -> section.section().ifPresent(this::add));
    }

    private Button allDraftsButton() {
        var allDrafts = new Button(getTranslation("desk.allDrafts"), new Icon(VaadinIcon.FILE_TEXT_O),
                e -> getUI().ifPresent(ui -> ui.navigate("drafts")));
        allDrafts.setId("all-drafts");
        return allDrafts;
    }

    /**
     * What an empty part says, where its list would be: a list with no rows is not built, as a grid keeps its
     * columns, its listeners and its data channel on the server for as long as the desk stays open.
     */
    private Paragraph nothing(String id, String key) {
        var nothing = new Paragraph(getTranslation(key));
        nothing.setId(id);
        nothing.addClassNames(LumoUtility.TextColor.SECONDARY, "desk-empty");
        return nothing;
    }

    private H3 sectionTitle(String key) {
        var title = new H3(getTranslation(key));
        title.addClassName("desk-section-title");
        return title;
    }

    private void configureWaiting(DeskService desk, PendencyService pendency, long total) {
        waiting = new Grid<>();
        waiting.addColumn(DeskCells.title(this)).setHeader(getTranslation("pendency.column.draft"))
                .setWidth("13em").setFlexGrow(3).setKey("title");
        waiting.addColumn(DeskCells.state(this)).setHeader(getTranslation("pendency.column.state")).setWidth("11em").setFlexGrow(0);
        waiting.addColumn(d -> DeskCells.actions(this, d)).setHeader(getTranslation("desk.column.action"))
                .setWidth("10em").setFlexGrow(2).setKey("action");
        var since = waiting.addColumn(d -> Formats.date(d.since(), locale())).setHeader(getTranslation("pendency.column.since"))
                .setTooltipGenerator(d -> Bidi.ltr(Formats.dateTime(d.since(), locale()))).setWidth("8.25em").setFlexGrow(0);
        waiting.addColumn(d -> d.deadline() == null ? "—" : Formats.date(d.deadline(), locale()))
                .setHeader(getTranslation("pendency.column.deadline"))
                .setTooltipGenerator(d -> d.deadline() == null ? "" : Bidi.ltr(Formats.dateTime(d.deadline(), locale())))
                .setWidth("8.25em").setFlexGrow(0);
        waiting.addColumn(DeskCells.lateness(this))
                .setHeader(getTranslation("pendency.column.overdue")).setWidth("8em").setFlexGrow(0);
        waiting.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // below a laptop's width the state and "since" columns give their room to the title and the action
        Views.hideWhenNarrow(this, waiting.getColumns().get(1), since);
        waiting.addClassName("pendency-grid");
        waiting.setPartNameGenerator(d -> d.overdue() ? "overdue" : null);
        waiting.setEmptyStateText(getTranslation("desk.waiting.none"));
        // the order is the service's (overdue first); a header click could not change it
        waiting.getColumns().forEach(c -> c.setSortable(false));
        waiting.setItems(query -> LazyPages.fetch(query, DeskService.MAX_PAGE, desk::waiting),
                query -> (int) Math.min(Integer.MAX_VALUE, pendency.deskCount().total()));
        waiting.setAllRowsVisible(total <= 10);
        waiting.setId("desk-waiting");
        waiting.addItemClickListener(e -> open(e.getItem()));
    }

    private void configureReviews(DeskService desk, long count) {
        reviews = new Grid<>();
        reviews.addColumn(DeskCells.title(this)).setHeader(getTranslation("pendency.column.draft"))
                .setWidth("14em").setFlexGrow(3).setKey("title");
        reviews.addColumn(DeskCells.reviewDeadline(this))
                .setHeader(getTranslation("desk.column.reviewDeadline")).setWidth("11em").setFlexGrow(0)
                .setKey("deadline");
        reviews.addColumn(DeskCells.news(this))
                .setHeader(getTranslation("desk.column.new")).setWidth("14em").setFlexGrow(2).setKey("news");
        reviews.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        reviews.addClassName("pendency-grid");
        reviews.setPartNameGenerator(d -> d.review() != null && d.review().anythingNew() ? "new" : null);
        reviews.setEmptyStateText(getTranslation("desk.reviews.none"));
        reviews.getColumns().forEach(c -> c.setSortable(false));
        reviews.setItems(query -> LazyPages.fetch(query, DeskService.MAX_PAGE, desk::openForComments),
                query -> (int) Math.min(Integer.MAX_VALUE, desk.openForCommentsCount()));
        reviews.setAllRowsVisible(count <= 10);
        reviews.setId("desk-reviews");
        reviews.addItemClickListener(e -> open(e.getItem()));
    }

    private void configureFollowed(Follows follows, long count) {
        followed = new Grid<>();
        // a title in the other script keeps its own direction
        followed.addColumn(f -> Bidi.isolate(f.title())).setHeader(getTranslation("pendency.column.draft")).setFlexGrow(4);
        followed.addColumn(f -> Bidi.ltr(Formats.dateTime(f.since(), getLocale())))
                .setHeader(getTranslation("desk.column.followedSince")).setAutoWidth(true).setFlexGrow(0);
        followed.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        followed.setEmptyStateText(getTranslation("desk.followed.none"));
        followed.getColumns().forEach(c -> c.setSortable(false));
        followed.setItems(query -> LazyPages.fetch(query, Follows.MAX_PAGE, follows::mine),
                query -> (int) Math.min(Integer.MAX_VALUE, follows.countMine()));
        followed.setAllRowsVisible(count <= 10);
        followed.setId("desk-followed");
        followed.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("drafts/" + e.getItem().draftId())));
    }

    private void open(DeskItem item) {
        getUI().ifPresent(ui -> ui.navigate("drafts/" + item.draftId()));
    }

    private Locale locale() {
        return getLocale();
    }

    /** The latest verification of the audit chain, a button to run one, and the latest entries of the log. */
    static final class AuditPart extends Div {

        final Div latest = new Div();
        final Button verify = new Button();
        final Grid<AuditRecord> entries = new Grid<>();
        private final DeskService desk;

        AuditPart(DeskService desk) {
            this.desk = desk;
            addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.SMALL);
            latest.setId("desk-latest-verification");
            latest.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.AlignItems.BASELINE,
                    LumoUtility.Gap.SMALL);
            verify.setText(getTranslation("desk.audit.verify"));
            verify.setIcon(VaadinIcon.CHECK_CIRCLE_O.create());
            verify.setId("desk-verify");
            verify.setDisableOnClick(true);
            verify.addClickListener(e -> {
                try {
                    desk.verifyChain();
                    showLatest();
                } finally {
                    verify.setEnabled(true);
                }
            });
            var log = new Button(getTranslation("desk.audit.openLog"), VaadinIcon.CLIPBOARD_TEXT.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("audit")));
            log.setId("desk-open-audit");
            var buttons = new Div(verify, log);
            buttons.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.SMALL);

            entries.addColumn(r -> Bidi.ltr(Formats.dateTime(r.occurredAt(), getLocale())))
                    .setHeader(getTranslation("desk.audit.column.when")).setWidth("11em").setFlexGrow(0);
            entries.addColumn(r -> Bidi.ltr(r.actor())).setHeader(getTranslation("desk.audit.column.actor"))
                    .setWidth("10em").setFlexGrow(1);
            entries.addColumn(r -> getTranslation("auditAction." + r.action().name()))
                    .setHeader(getTranslation("desk.audit.column.action")).setWidth("12em").setFlexGrow(2);
            entries.addColumn(r -> r.target(key -> getTranslation(key)))
                    .setHeader(getTranslation("desk.audit.column.target")).setWidth("8em").setFlexGrow(1);
            entries.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
            entries.getColumns().forEach(c -> c.setSortable(false));
            entries.setAllRowsVisible(true);
            entries.setId("desk-audit-entries");
            entries.setEmptyStateText(getTranslation("desk.audit.noEntries"));

            var recent = new Span(getTranslation("desk.audit.recent"));
            recent.addClassNames(LumoUtility.FontWeight.MEDIUM);
            add(latest, buttons, recent, entries);
            showLatest();
        }

        private void showLatest() {
            latest.removeAll();
            var found = desk.latestVerification();
            if (found.isEmpty()) {
                latest.add(new Badge(getTranslation("desk.audit.never"), Badge.Tone.WARNING));
            } else {
                var v = found.get();
                latest.add(new Badge(getTranslation(v.intact() ? "audit.chain.intact" : "audit.chain.broken"),
                        v.intact() ? Badge.Tone.SUCCESS : Badge.Tone.ERROR));
                var who = new Span(getTranslation("desk.audit.verifiedBy",
                        Bidi.ltr(Formats.dateTime(v.checkedAt(), getLocale())), Bidi.ltr(v.actor())));
                var detail = new Span(v.intact() && v.entries() != null
                        ? getTranslation("desk.audit.intactDetail", v.entries(), v.headHash())
                        : !v.intact() && v.brokenEntryId() != null
                                ? getTranslation("desk.audit.brokenDetail", v.brokenEntryId(), v.entries())
                                : v.detail());
                detail.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY, "desk-audit-detail");
                var line = new Div(detail);
                line.setWidthFull();
                latest.add(who, line);
            }
            entries.setItems(desk.recentAuditEntries());
        }
    }

    /** The administrator's figures, each with a way to the page where it is dealt with. */
    static final class AdminPart extends Div {

        final Button rebuild = new Button();

        /** @param rebuild starts rebuilding the search indexes (the administrator's; search is not their page) */
        AdminPart(pk.gov.mashwara.desk.AdminFigures f, Runnable rebuild) {
            setId("desk-admin");
            addClassNames("desk-cards", LumoUtility.Display.FLEX, LumoUtility.FlexWrap.WRAP, LumoUtility.Gap.MEDIUM);
            add(card("desk-admin-users", "desk.admin.users", getTranslation("desk.admin.usersFigure", f.users(),
                    f.disabledUsers()), "admin/users", "desk.admin.manageUsers"));
            add(card("desk-admin-throttles", "desk.admin.throttles", getTranslation("desk.admin.throttlesFigure",
                    f.throttledSignIns()), "admin/sign-in-limits", "desk.admin.openThrottles"));
            var extraction = getTranslation("desk.admin.extractionFigure", f.extractionProblems())
                    + (f.extractionProblems() == 0 ? "" : getTranslation("desk.admin.separator")
                            + getTranslation("desk.admin.extractionBreakdown", f.failed(), f.passwordProtected())
                            + getTranslation("desk.admin.listSeparator")
                            + getTranslation("desk.admin.extractionNoText", f.noText()));
            add(card("desk-admin-extraction", "desk.admin.extraction", extraction, "admin/extraction",
                    "desk.admin.openExtraction"));
            var index = f.index();
            var state = getTranslation(index.rebuilding() ? "desk.admin.index.rebuilding"
                    : index.ready() ? "desk.admin.index.ready" : "desk.admin.index.failed");
            var figure = state + " " + getTranslation("desk.admin.indexFigure", Math.max(0, index.documentCount()),
                    Math.max(0, index.commentCount()),
                    // a string: the desk's texts take a number in their first two places only
                    Long.toString(Math.max(0, index.recordCount())));
            if (!index.ready()) {
                // which of the three is not ready: the records index may fail while drafts are still found
                figure += " " + getTranslation("desk.admin.indexEach", indexState(index.documents()),
                        indexState(index.comments()), indexState(index.records()));
            }
            var indexCard = (Div) card("desk-admin-index", "desk.admin.index", figure, null, null);
            this.rebuild.setText(getTranslation("search.rebuild"));
            this.rebuild.setId("desk-admin-index-rebuild");
            this.rebuild.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            this.rebuild.addClickListener(e -> {
                try {
                    rebuild.run();
                    pk.gov.mashwara.shared.ui.Notices.success(getTranslation("search.rebuild.started"));
                    this.rebuild.setEnabled(false);
                } catch (RuntimeException ex) {
                    pk.gov.mashwara.shared.ui.Notices.error(ex);
                }
            });
            indexCard.add(this.rebuild);
            add(indexCard);
        }

        private String indexState(pk.gov.mashwara.search.IndexStatus status) {
            return getTranslation("desk.admin.indexState." + status.state().name());
        }

        private Component card(String id, String titleKey, String figure, String route, String linkKey) {
            var title = new Span(getTranslation(titleKey));
            title.addClassNames(LumoUtility.FontWeight.SEMIBOLD);
            var text = new Span(figure);
            text.addClassNames(LumoUtility.FontSize.SMALL);
            var card = new Div(title, text);
            card.setId(id);
            card.addClassNames("desk-card", LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN,
                    LumoUtility.Gap.XSMALL, LumoUtility.Padding.MEDIUM, LumoUtility.Border.ALL,
                    LumoUtility.BorderRadius.MEDIUM, LumoUtility.BorderColor.CONTRAST_10);
            if (route != null) {
                var link = new Button(getTranslation(linkKey), e -> getUI().ifPresent(ui -> ui.navigate(route)));
                link.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                        com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
                link.setId(id + "-open");
                card.add(link);
            }
            return card;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("desk.title") + " · " + getTranslation("app.name");
    }
}
