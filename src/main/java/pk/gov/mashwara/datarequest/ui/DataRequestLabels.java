package pk.gov.mashwara.datarequest.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;

import pk.gov.mashwara.datarequest.BodyState;
import pk.gov.mashwara.datarequest.DataRequestViews.BodyStatus;
import pk.gov.mashwara.shared.ui.Badge;
import pk.gov.mashwara.shared.ui.Bidi;
import pk.gov.mashwara.shared.ui.Formats;

/** How a body's standing reads: a badge with its state, and one more when it is overdue. */
final class DataRequestLabels {

    private DataRequestLabels() {
    }

    static Badge state(Component translator, BodyState state) {
        var tone = switch (state) {
            case ASKED -> Badge.Tone.NEUTRAL;
            case ACKNOWLEDGED -> Badge.Tone.INFO;
            case CLARIFICATION_ASKED, PARTLY_ANSWERED -> Badge.Tone.WARNING;
            case ANSWERED -> Badge.Tone.SUCCESS;
            case DECLINED -> Badge.Tone.ERROR;
        };
        var badge = new Badge(translator.getTranslation("datarequest.state." + state.name()), tone);
        badge.addClassName("datarequest-state");
        return badge;
    }

    /** "MOIT: Answered", with an overdue mark: the list's cell for one body. */
    static Badge body(Component translator, BodyStatus status) {
        var text = translator.getTranslation("datarequest.bodyState", Bidi.ltr(status.code()),
                translator.getTranslation("datarequest.state." + status.state().name()))
                + (status.overdue() ? " · " + translator.getTranslation("datarequest.overdue") : "");
        var tone = status.overdue() ? Badge.Tone.ERROR : switch (status.state()) {
            case ANSWERED -> Badge.Tone.SUCCESS;
            case DECLINED -> Badge.Tone.ERROR;
            case PARTLY_ANSWERED, CLARIFICATION_ASKED -> Badge.Tone.WARNING;
            case ACKNOWLEDGED -> Badge.Tone.INFO;
            case ASKED -> Badge.Tone.NEUTRAL;
        };
        var badge = new Badge(text, tone);
        badge.addClassNames("datarequest-body", "datarequest-body-" + status.code().toLowerCase(Locale.ROOT));
        return badge;
    }

    static String date(java.time.Instant at, Locale locale) {
        return Formats.date(at, locale);
    }

    static String dateTime(java.time.Instant at, Locale locale) {
        return Formats.dateTime(at, locale);
    }

    static String day(java.time.LocalDate day, Locale locale) {
        return Bidi.ltr(day.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), locale);
    }
}
