package pk.gov.mashwara.directions;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When progress reports are reminded of, in {@code mashwara.directions.reports.*}.
 *
 * @param remindBeforeDays a reporting office is reminded once this many days before its report is due
 * @param remindEveryDays  after the day, it is reminded once, then again each time this many days have passed
 */
@ConfigurationProperties("mashwara.directions.reports")
public record ProgressReportProperties(Integer remindBeforeDays, Integer remindEveryDays) {

    public ProgressReportProperties {
        remindBeforeDays = remindBeforeDays == null ? 3 : Math.max(0, remindBeforeDays);
        remindEveryDays = remindEveryDays == null ? 7 : Math.max(1, remindEveryDays);
    }
}
