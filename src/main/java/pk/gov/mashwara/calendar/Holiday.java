package pk.gov.mashwara.calendar;

import java.time.LocalDate;

/**
 * A day the offices are closed besides the weekend, as the holiday calendar names it.
 *
 * @param name its name in English, e.g. "Pakistan Day"; two holidays on one day are named together
 * @param urdu its name in Urdu
 */
public record Holiday(LocalDate date, String name, String urdu) {
}
