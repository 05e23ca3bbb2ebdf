package pk.gov.mashwara.routing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.theme.lumo.LumoUtility;

import pk.gov.mashwara.routing.PendingDraft;
import pk.gov.mashwara.routing.RoutingRules.Actor;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;

/** The cells both pages show for a waiting draft, in the reader's language. */
final class PendencyCells {

    private PendencyCells() {
    }

    static Div title(Component owner, PendingDraft d) {
        var title = new Span(d.title());
        title.addClassNames(LumoUtility.FontWeight.MEDIUM, "draft-title");
        // Titles may be English inside an Urdu page or the reverse: each takes its own direction
        title.getElement().setAttribute("dir", "auto");
        var meta = new Span((d.diaryNumber() == null ? "" : Bidi.ltr(d.diaryNumber()) + " · ") + d.committeeCode());
        meta.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        var cell = new Div(title, meta);
        cell.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Padding.Vertical.XSMALL);
        if (d.priority() != pk.gov.mashwara.draft.Priority.ROUTINE) {
            // the flag pinned on the file, above its title; routine files carry none
            cell.addComponentAsFirst(pk.gov.mashwara.shared.ui.PriorityFlag.of(owner, d.priority()));
        }
        return cell;
    }

    static Badge state(Component owner, PendingDraft d) {
        return new Badge(owner.getTranslation("draftStatus." + d.status().name()), Badge.Tone.INFO);
    }

    /** Overdue by how many days, or the time left, or nothing when the state has no deadline. */
    static Component lateness(Component owner, PendingDraft d) {
        if (d.overdue()) {
            var badge = new Badge(owner.getTranslation("pendency.overdueBy", d.daysOverdue()), Badge.Tone.ERROR);
            badge.addClassName("overdue");
            return badge;
        }
        return d.dueAt() == null ? new Span(owner.getTranslation("pendency.noDeadline"))
                : new Badge(owner.getTranslation("pendency.onTime"), Badge.Tone.SUCCESS);
    }

    /** The day; the hour shows in the cell's tooltip ({@link #sinceExactly}). */
    static String since(Component owner, PendingDraft d) {
        return Formats.date(d.since(), locale(owner));
    }

    static String sinceExactly(Component owner, PendingDraft d) {
        return Formats.dateTime(d.since(), locale(owner));
    }

    static String deadline(Component owner, PendingDraft d) {
        return d.dueAt() == null ? "—" : Formats.date(d.dueAt(), locale(owner));
    }

    static String deadlineExactly(Component owner, PendingDraft d) {
        return d.dueAt() == null ? "" : Formats.dateTime(d.dueAt(), locale(owner));
    }

    /**
     * "Committee officer (Ministry of Foreign Affairs, Law and Justice Division)": who can act, the divisions named in
     * the reader's language; and, where it is someone's own case, who of them may not ("other than …").
     */
    static String waitsFor(Component owner, PendingDraft d) {
        Actor actor = d.waitingFor();
        var role = owner.getTranslation("role." + actor.role().name());
        var locale = locale(owner);
        String whose;
        if (!d.divisions().isEmpty() && actor.relation() != pk.gov.mashwara.routing.RoutingRules.Relation.NSMCWG) {
            whose = d.divisions().stream().map(c -> c.displayName(locale))
                    .collect(java.util.stream.Collectors.joining(pk.gov.mashwara.shared.Messages.isRightToLeft(locale)
                            ? "، " : ", "));
        } else {
            whose = switch (actor.relation()) {
                case OWN_COMMITTEE -> d.committeeCode();
                case NSMCWG -> "NSMCWG";
                case ADMINISTRATIVE_MINISTRY -> owner.getTranslation("pendency.relation.administrativeMinistry",
                        d.committeeCode());
                case CONSULTED_DIVISION -> owner.getTranslation("pendency.relation.consultedDivision");
                case SPONSOR -> owner.getTranslation("pendency.relation.sponsor", d.committeeCode());
            };
        }
        var who = role + " (" + whose + ")";
        return d.notBy().isEmpty() ? who
                : owner.getTranslation("pendency.waitsFor.notBy", who, String.join(", ", d.notBy()));
    }

    private static java.util.Locale locale(Component owner) {
        return owner.getUI().map(com.vaadin.flow.component.UI::getLocale)
                .orElseGet(() -> com.vaadin.flow.component.UI.getCurrent() == null ? java.util.Locale.ENGLISH
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
    }

    /** Overdue rows are marked, not only by their badge. */
    static void markOverdue(Grid<PendingDraft> grid) {
        grid.setPartNameGenerator(d -> d.overdue() ? "overdue" : null);
    }
}
