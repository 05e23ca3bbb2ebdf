package pk.gov.mashwara.calendar;

import java.util.List;

/** The holiday calendar could not be read, or says something impossible; each problem names its line. */
public class InvalidHolidaysException extends RuntimeException {

    private final transient List<String> problems;

    public InvalidHolidaysException(String source, List<String> problems) {
        super("The holiday calendar in " + source + " is not valid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
