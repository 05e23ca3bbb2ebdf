package pk.gov.mashwara.engagement;

import java.time.LocalDate;

/**
 * A commitment to record in an engagement.
 *
 * @param owner the code of the body of the directory that owes it, or null when the company owes it
 */
public record NewCommitment(String owner, String description, LocalDate dueOn) {
}
