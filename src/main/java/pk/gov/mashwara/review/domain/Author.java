package pk.gov.mashwara.review.domain;

/** Who writes or acts, as the thread records it. */
public record Author(long id, String username, String displayName) {
}
