package pk.gov.mashwara.routing;

/** How many drafts a list of waiting drafts has in all, and how many of them are overdue. */
public record PendingCount(long total, long overdue) {
}
