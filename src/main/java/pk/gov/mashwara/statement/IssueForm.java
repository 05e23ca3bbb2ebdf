package pk.gov.mashwara.statement;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The issue of a statement as the issuer records it: the date and time (Pakistan time) it was made public, the
 * channel and the final text, and the version of the statement the issuer saw.
 */
public record IssueForm(LocalDate date, LocalTime time, Channel channel, String finalText, long expectedVersion) {
}
