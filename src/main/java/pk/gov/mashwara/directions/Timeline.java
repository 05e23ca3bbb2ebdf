package pk.gov.mashwara.directions;

import java.time.LocalDate;
import java.util.Locale;

import pk.gov.mashwara.shared.InvalidInputException;

/**
 * A direction's time line: its kind and what the kind needs.
 *
 * @param amount for {@link TimelineKind#WITHIN}, how many days or months; for {@link TimelineKind#IMMEDIATE} and
 *               {@link TimelineKind#UPON_EVENT}, the working days (null: the configured default); for
 *               {@link TimelineKind#ONGOING}, report every so many days
 * @param unit   for {@link TimelineKind#WITHIN}: {@code DAYS} or {@code MONTHS}
 * @param date   for {@link TimelineKind#BY_DATE}
 * @param event  for {@link TimelineKind#UPON_EVENT}: the event's name, e.g. "formation of NSMCWG"
 */
public record Timeline(TimelineKind kind, Integer amount, Unit unit, LocalDate date, String event) {

    public enum Unit {
        DAYS, MONTHS
    }

    public static final int MAX_EVENT = 200;

    public Timeline {
        if (kind == null) {
            throw InvalidInputException.onField("timeline", "error.directions.timeline.kind");
        }
        if (amount != null && (amount < 0 || amount > 3650)) {
            throw InvalidInputException.onField("timeline", "error.directions.timeline.amount");
        }
        switch (kind) {
            case BY_DATE -> {
                if (date == null) {
                    throw InvalidInputException.onField("timeline", "error.directions.timeline.date");
                }
            }
            case WITHIN -> {
                if (amount == null || amount < 1 || unit == null) {
                    throw InvalidInputException.onField("timeline", "error.directions.timeline.within");
                }
            }
            case UPON_EVENT -> {
                if (event == null || event.isBlank() || event.strip().length() > MAX_EVENT) {
                    throw InvalidInputException.onField("timeline", "error.directions.timeline.event");
                }
                event = event.strip();
            }
            case ONGOING -> {
                if (amount != null && amount < 1) {
                    throw InvalidInputException.onField("timeline", "error.directions.timeline.amount");
                }
            }
            default -> {
            }
        }
    }

    public static Timeline immediate() {
        return new Timeline(TimelineKind.IMMEDIATE, null, null, null, null);
    }

    public static Timeline within(int amount, Unit unit) {
        return new Timeline(TimelineKind.WITHIN, amount, unit, null, null);
    }

    public static Timeline byDate(LocalDate date) {
        return new Timeline(TimelineKind.BY_DATE, null, null, date, null);
    }

    public static Timeline uponEvent(String event) {
        return new Timeline(TimelineKind.UPON_EVENT, null, null, null, event);
    }

    public static Timeline ongoing(Integer reportEveryDays) {
        return new Timeline(TimelineKind.ONGOING, reportEveryDays, null, null, null);
    }

    public static Timeline none() {
        return new Timeline(TimelineKind.NONE, null, null, null, null);
    }

    /** The time line in words, when a letter gives none of its own: "Upon formation of NSMCWG", "1 month". */
    public String describe() {
        return switch (kind) {
            case IMMEDIATE -> "Immediate";
            case BY_DATE -> "By " + String.format(Locale.ROOT, "%02d-%02d-%d", date.getDayOfMonth(),
                    date.getMonthValue(), date.getYear());
            case WITHIN -> amount + " " + (unit == Unit.MONTHS ? (amount == 1 ? "month" : "months")
                    : (amount == 1 ? "day" : "days"));
            case UPON_EVENT -> "Upon " + event;
            case ONGOING -> "Ongoing";
            case NONE -> "—";
        };
    }
}
