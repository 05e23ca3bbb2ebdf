package pk.gov.mashwara.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

import pk.gov.mashwara.shared.ConfigYaml;

/**
 * Reads the holiday calendar ({@code config/holidays.yml}) and checks it: the weekend days by name, every holiday
 * with a real date, an English and an Urdu name. Every problem is reported with its line, all at once.
 */
final class HolidaysReader {

    private static final int MAX_NAME = 100;

    private final String source;
    private final ConfigYaml yaml = new ConfigYaml();

    private HolidaysReader(String source) {
        this.source = source;
    }

    /**
     * The calendar in {@code yaml}, read from {@code source} (named in messages).
     *
     * @throws InvalidHolidaysException naming every problem with its line
     */
    static HolidayCalendar read(String yaml, String source) {
        return new HolidaysReader(source).parse(yaml);
    }

    private HolidayCalendar parse(String text) {
        var root = yaml.compose(text).orElse(null);
        if (yaml.hasProblems()) {
            throw new InvalidHolidaysException(source, yaml.problems());
        }
        if (!(root instanceof MappingNode top)) {
            throw new InvalidHolidaysException(source,
                    List.of("line 1: the file must be a mapping with 'weekend' and 'holidays'"));
        }
        var sections = fields(top, "the file", Set.of("weekend", "holidays"));
        var weekend = EnumSet.noneOf(DayOfWeek.class);
        if (!sections.containsKey("weekend")) {
            problem(top, "the section 'weekend' is missing (e.g. weekend: [SATURDAY, SUNDAY])");
        } else {
            weekend = weekend(sections.get("weekend"));
        }
        var holidays = new TreeMap<LocalDate, Holiday>();
        if (!sections.containsKey("holidays")) {
            problem(top, "the section 'holidays' is missing (give it an empty list, [], if there are none)");
        } else {
            holidays(sections.get("holidays"), holidays);
        }
        if (yaml.hasProblems()) {
            throw new InvalidHolidaysException(source, yaml.problems());
        }
        return new HolidayCalendar(weekend, holidays);
    }

    private EnumSet<DayOfWeek> weekend(Node node) {
        var days = EnumSet.noneOf(DayOfWeek.class);
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "weekend: expected a list of days, e.g. [SATURDAY, SUNDAY]");
            return days;
        }
        for (var item : sequence.getValue()) {
            var value = scalar(item, "weekend");
            if (value == null) {
                continue;
            }
            try {
                if (!days.add(DayOfWeek.valueOf(value))) {
                    problem(item, "weekend: " + value + " is listed twice");
                }
            } catch (IllegalArgumentException e) {
                problem(item, "weekend: unknown day '" + value + "' (known: MONDAY, TUESDAY, WEDNESDAY, THURSDAY, "
                        + "FRIDAY, SATURDAY, SUNDAY)");
            }
        }
        if (days.size() == DayOfWeek.values().length) {
            problem(node, "weekend: every day of the week is off, so no deadline could ever fall");
        }
        return days;
    }

    private void holidays(Node node, Map<LocalDate, Holiday> holidays) {
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, "holidays: expected a list of { date: …, name: …, urdu: … }");
            return;
        }
        for (var item : sequence.getValue()) {
            var fields = fields(item, "a holiday", Set.of("date", "name", "urdu"));
            if (!(item instanceof MappingNode)) {
                continue;
            }
            var dateText = text(fields, "date", item);
            var name = text(fields, "name", item);
            var urdu = text(fields, "urdu", item);
            LocalDate date = null;
            if (dateText != null) {
                try {
                    date = LocalDate.parse(dateText);
                } catch (DateTimeParseException e) {
                    problem(fields.get("date"), "holiday " + (name == null ? "" : name + " ") + "on '" + dateText
                            + "': not a date (write YYYY-MM-DD, e.g. 2026-03-23)");
                }
            }
            if (date == null || name == null || urdu == null) {
                continue;
            }
            var earlier = holidays.get(date);
            if (earlier != null && earlier.name().equals(name)) {
                problem(item, "holiday " + name + " on " + date + " is listed twice");
                continue;
            }
            // two holidays on one day (Youm-e-Takbeer during Eid, Christmas on Quaid-e-Azam Day) name it together
            holidays.put(date, earlier == null ? new Holiday(date, name, urdu)
                    : new Holiday(date, earlier.name() + " / " + name, earlier.urdu() + " / " + urdu));
        }
    }

    private Map<String, Node> fields(Node node, String what, Set<String> allowed) {
        return yaml.fields(node, what, allowed);
    }

    private String text(Map<String, Node> fields, String name, Node owner) {
        return yaml.text(fields, name, owner, "a holiday", true, MAX_NAME);
    }

    private String scalar(Node node, String what) {
        return yaml.scalar(node, what);
    }

    private void problem(Node node, String message) {
        yaml.problem(node, message);
    }
}
