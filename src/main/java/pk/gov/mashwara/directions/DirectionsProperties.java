package pk.gov.mashwara.directions;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The counts the directions' time lines and reminders use, in {@code mashwara.directions.*}.
 *
 * @param immediateWorkingDays    "Immediate": due this many working days after the letter's date
 * @param eventWorkingDays        "Upon …": due this many working days after the event is recorded
 * @param reportEveryDays         "Ongoing": a report due this many days after the last one (or the letter)
 * @param acknowledgeWorkingDays  an addressee that has not recorded its receipt this many working days after the
 *                                letter's date is listed and reminded, again after as many working days
 * @param remindCheck             how often the reminders are looked for
 */
@ConfigurationProperties("mashwara.directions")
public record DirectionsProperties(Integer immediateWorkingDays, Integer eventWorkingDays, Integer reportEveryDays,
        Integer acknowledgeWorkingDays, Duration remindCheck) {

    public DirectionsProperties {
        immediateWorkingDays = positive(immediateWorkingDays, 7);
        eventWorkingDays = positive(eventWorkingDays, 10);
        reportEveryDays = positive(reportEveryDays, 15);
        acknowledgeWorkingDays = positive(acknowledgeWorkingDays, 3);
        remindCheck = remindCheck == null ? Duration.ofHours(1) : remindCheck;
    }

    private static int positive(Integer value, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (value < 0) {
            throw new IllegalArgumentException("mashwara.directions counts must not be negative");
        }
        return value;
    }
}
