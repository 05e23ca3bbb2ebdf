package pk.gov.mashwara.review;

import java.time.Instant;

/**
 * The review window of a draft and what the current user may do in it.
 *
 * @param deadline    null when the secretary has not set one
 * @param open        whether NSMCWG members may comment now
 * @param canSet      whether the current user may set or move the deadline
 * @param canComment  whether the current user may start threads and reply now
 * @param whyNot      the translation key explaining why not, when {@code canComment} is false
 * @param canKeepInternal whether the current user may start notes internal to the draft's committee
 */
public record ReviewWindowInfo(long draftId, Instant deadline, String setBy, Instant setAt, boolean open,
        boolean canSet, boolean canComment, String whyNot, boolean canKeepInternal) {
}
