package pk.gov.mashwara.review;

import java.time.Instant;

/**
 * The secretary set the review deadline of a submitted draft, which opens its review: a request, published
 * within the transaction and handled there at once by the routing module, which takes the routing action
 * {@code open-review} with this deadline (every move of a draft is the routing module's). If the routing rules
 * refuse, the exception reaches the caller and nothing is kept.
 *
 * @param expectedVersion the draft's version as the secretary's request read it
 */
public record ReviewOpeningRequested(long draftId, long expectedVersion, Instant deadline) {
}
