/**
 * Anchoring of comment threads to passages of a version's extracted text, and carrying them forward to a new
 * version. Plain Java on strings: no persistence, no framework.
 * <p>
 * A {@link pk.gov.mashwara.review.anchoring.TextAnchor} records a passage as the W3C TextQuoteSelector
 * (quote, prefix, suffix) and TextPositionSelector (UTF-16 offsets) do. {@link
 * pk.gov.mashwara.review.anchoring.Relocator} finds that passage again in another text: the exact quote
 * where it still stands, otherwise a close enough edit of it, otherwise nothing. A thread shown beside the
 * wrong passage would mislead every reader, so whenever the evidence is not clear the answer is
 * {@link pk.gov.mashwara.review.anchoring.Placement#OUTDATED}.
 */
package pk.gov.mashwara.review.anchoring;
