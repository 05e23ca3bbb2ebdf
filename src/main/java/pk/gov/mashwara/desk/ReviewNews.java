package pk.gov.mashwara.desk;

import java.time.Instant;

/**
 * A draft open for comments as a member's desk shows it: the review deadline and what is new since the member
 * last looked at the draft (opened its page or its reader).
 *
 * @param reviewDeadline when the window for comments closes; null while the secretary has set none
 * @param daysLeft       whole days from today to the deadline's day (0: it closes today), null without deadline
 * @param lastLooked     when the member last opened the draft; null when never
 * @param newVersions    versions uploaded since then (all of them when never opened)
 * @param newReplies     replies by others in the member's threads since then
 * @param latestReplyBy  the name of the author of the latest of those replies, null when none
 * @param latestReply    the latest of those replies, its first line shortened; null when none
 */
public record ReviewNews(Instant reviewDeadline, Long daysLeft, Instant lastLooked, int newVersions, long newReplies,
        String latestReplyBy, String latestReply) {

    /** Whether anything is marked new. */
    public boolean anythingNew() {
        return newVersions > 0 || newReplies > 0;
    }
}
