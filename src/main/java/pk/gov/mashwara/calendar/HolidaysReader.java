package pk.gov.mashwara.calendar;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the holiday calendar ({@code config/holidays.yml}) and checks it: the weekend days by name, every holiday
 * with a real date, an English and an Urdu name. Every problem is reported with its line, all at once.
 */
final class HolidaysReader {

    private static final int MAX_NAME = 100;

    private final String source;
    private final List<String> problems = new ArrayList<>();

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

    private HolidayCalendar parse(String yaml) {
        Node root;
        try {
            var options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            root = new Yaml(options).compose(new StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new InvalidHolidaysException(source, List.of("line " + (e.getProblemMark().getLine() + 1) + ": "
                    + e.getProblem() + (e.getContext() == null ? "" : " (" + e.getContext() + ")")));
        } catch (YAMLException e) {
            throw new InvalidHolidaysException(source, List.of(String.valueOf(e.getMessage())));
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
        if (!problems.isEmpty()) {
            throw new InvalidHolidaysException(source, problems);
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

    // ---- YAML nodes --------------------------------------------------------------------------------------

    private Map<String, Node> fields(Node node, String what, Set<String> allowed) {
        var entries = new LinkedHashMap<String, Node>();
        if (!(node instanceof MappingNode mapping)) {
            problem(node, what + ": expected a mapping of names to values here");
            return entries;
        }
        for (var tuple : mapping.getValue()) {
            var key = scalar(tuple.getKeyNode(), what);
            if (key == null) {
                continue;
            }
            if (!allowed.contains(key)) {
                problem(tuple.getKeyNode(), what + ": unknown key '" + key + "' (known: "
                        + allowed.stream().sorted().toList() + ")");
                continue;
            }
            entries.put(key, tuple.getValueNode());
        }
        return entries;
    }

    private String text(Map<String, Node> fields, String name, Node owner) {
        var node = fields.get(name);
        if (node == null) {
            problem(owner, "a holiday: '" + name + "' is required");
            return null;
        }
        var value = scalar(node, "a holiday's '" + name + "'");
        if (value != null && value.isEmpty()) {
            problem(node, "a holiday: '" + name + "' is empty");
            return null;
        }
        if (value != null && value.length() > MAX_NAME) {
            problem(node, "a holiday: '" + name + "' is longer than " + MAX_NAME + " characters");
            return null;
        }
        return value;
    }

    private String scalar(Node node, String what) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().strip();
        }
        problem(node, what + ": expected a single value here");
        return null;
    }

    private void problem(Node node, String message) {
        problems.add((node == null || node.getStartMark() == null ? ""
                : "line " + (node.getStartMark().getLine() + 1) + ": ") + message);
    }

}
