package pk.gov.mashwara.review;

import java.time.LocalDate;

/**
 * Where a thread recorded from a comments matrix came from: the commenter and organisation its row named (null
 * when the row named none) and the day the matrix was received.
 */
public record MatrixOrigin(String commenter, LocalDate receivedOn) {
}
