package pk.gov.mashwara.routing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;

import pk.gov.mashwara.routing.PendingDraft;
import pk.gov.mashwara.routing.RoutingRules.Actor;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.DraftCells;
import pk.gov.mashwara.shared.ui.Formats;

/** The cells both pages show for a waiting draft, in the reader's language. */
final class PendencyCells {

    private PendencyCells() {
    }

    /** The draft's title, diary number, committee and priority flag ({@link DraftCells#title}). */
    static LitRenderer<PendingDraft> title(Component owner) {
        return DraftCells.title(owner, PendingDraft::title, PendingDraft::diaryNumber, PendingDraft::committeeCode,
                PendingDraft::priority);
    }

    static LitRenderer<PendingDraft> state(Component owner) {
        return DraftCells.badge(d -> owner.getTranslation("draftStatus." + d.status().name()), Badge.Tone.INFO);
    }

    /** Overdue by how many days, or on time, or that the state has no deadline. */
    static LitRenderer<PendingDraft> lateness(Component owner) {
        return DraftCells.lateness(owner, PendingDraft::overdue, PendingDraft::daysOverdue, d -> d.dueAt() != null);
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
