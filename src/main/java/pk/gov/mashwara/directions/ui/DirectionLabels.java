package pk.gov.mashwara.directions.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.Component;

import pk.gov.mashwara.directions.DirectionInfo;
import pk.gov.mashwara.directions.ProgressStatus;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;

/** How the directions' pages write statuses, dates and due dates, in the reader's language. */
final class DirectionLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private DirectionLabels() {
    }

    private static Locale locale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /**
     * Text as the letter or the body wrote it (a direction, a time line, an entry), wrapping, laid out in the
     * direction of its own first letter: English in an Urdu page keeps its full stop and numbers where the writer
     * put them, Urdu in an English page reads right to left.
     */
    static com.vaadin.flow.component.html.Span written(String text) {
        var span = new com.vaadin.flow.component.html.Span(text == null ? "" : text);
        span.addClassNames(com.vaadin.flow.theme.lumo.LumoUtility.Whitespace.NORMAL);
        span.getElement().setAttribute("dir", "auto");
        return span;
    }

    /** A day, day first, kept left to right in an Urdu page. */
    static String date(LocalDate day, Locale locale) {
        return day == null ? "—" : Bidi.ltr(DAY.format(day), locale);
    }

    static Badge status(Component translator, ProgressStatus status) {
        var tone = switch (status) {
            case NOT_STARTED -> Badge.Tone.NEUTRAL;
            case IN_PROGRESS -> Badge.Tone.INFO;
            case DONE -> Badge.Tone.SUCCESS;
            case CANNOT_PROCEED -> Badge.Tone.ERROR;
        };
        return new Badge(translator.getTranslation("directions.status." + status.name()), tone);
    }

    /** The computed due date in words: the date, "not yet due" (waiting for an event), "ongoing" or "—". */
    static String due(Component translator, DirectionInfo direction) {
        var locale = locale();
        if (direction.due() != null) {
            return date(direction.due(), locale);
        }
        return switch (direction.timeline().kind()) {
            case UPON_EVENT -> translator.getTranslation("directions.due.awaitingEvent");
            case ONGOING -> translator.getTranslation("directions.due.ongoing",
                    date(direction.nextReportDue(), locale));
            default -> "—";
        };
    }

    /** "Overdue by N days" as a red badge, or nothing. */
    static Component overdue(Component translator, DirectionInfo direction) {
        if (!direction.overdue()) {
            return new com.vaadin.flow.component.html.Span();
        }
        return new Badge(translator.getTranslation("directions.overdueBy",
                Bidi.ltr(Long.toString(direction.overdueDays()), locale())), Badge.Tone.ERROR);
    }

    /** A colour of the compliance dashboard as a badge: "Red", "Amber", "Green". */
    static Badge rag(Component translator, pk.gov.mashwara.directions.Rag rag) {
        var tone = switch (rag) {
            case RED -> Badge.Tone.ERROR;
            case AMBER -> Badge.Tone.WARNING;
            case GREEN -> Badge.Tone.SUCCESS;
        };
        var badge = new Badge(translator.getTranslation("compliance.rag." + rag.name()), tone);
        badge.addClassName("rag-" + rag.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
