package pk.gov.mashwara.directions;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.calendar.WorkingCalendar;

/**
 * When a direction falls due, from its typed time line, the letter's date and the events recorded, counted on the
 * office calendar: a holiday added to the calendar moves every due date that crosses it.
 */
@Component
public class DueDates {

    private final WorkingCalendar calendar;
    private final DirectionsProperties properties;

    DueDates(WorkingCalendar calendar, DirectionsProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    /**
     * The due date, or null when there is none (ongoing, no time line) or not yet one (the event it waits for is not
     * recorded).
     *
     * @param events the letter's recorded events by name (any case) and the day each happened
     */
    public LocalDate due(Timeline timeline, LocalDate letterDate, Map<String, LocalDate> events) {
        return switch (timeline.kind()) {
            case IMMEDIATE -> calendar.addWorkingDays(letterDate,
                    timeline.amount() != null ? timeline.amount() : properties.immediateWorkingDays());
            case BY_DATE -> timeline.date();
            case WITHIN -> calendar.addWorkingDays(timeline.unit() == Timeline.Unit.MONTHS
                    ? letterDate.plusMonths(timeline.amount()) : letterDate.plusDays(timeline.amount()), 0);
            case UPON_EVENT -> {
                var happened = events.get(key(timeline.event()));
                yield happened == null ? null : calendar.addWorkingDays(happened,
                        timeline.amount() != null ? timeline.amount() : properties.eventWorkingDays());
            }
            case ONGOING, NONE -> null;
        };
    }

    /** For an ongoing direction, when the next report is due: some days after the last entry, or the letter. */
    public LocalDate nextReport(Timeline timeline, LocalDate letterDate, LocalDate lastEntry) {
        if (timeline.kind() != TimelineKind.ONGOING) {
            return null;
        }
        var every = timeline.amount() != null ? timeline.amount() : properties.reportEveryDays();
        return calendar.addWorkingDays((lastEntry == null ? letterDate : lastEntry).plusDays(every), 0);
    }

    /** The key an event is recorded and looked up under: its name, stripped, in lower case. */
    static String key(String event) {
        return event == null ? "" : event.strip().toLowerCase(Locale.ROOT);
    }
}
