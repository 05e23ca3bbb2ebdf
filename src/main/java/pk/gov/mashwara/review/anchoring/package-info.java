/**
 * Anchoring of comment threads to passages of a version's extracted text, and carrying them forward to a new
 * version. Plain Java on strings: no persistence, no framework.
 * <p>
 * A {@link pk.gov.mashwara.review.anchoring.TextAnchor} records a passage as the W3C TextQuoteSelector
 * (quote, prefix, suffix) and TextPositionSelector (UTF-16 offsets) do. {@link
 * pk.gov.mashwara.review.anchoring.Relocator} finds that passage again in another text: the exact quote
 * where it still stands, otherwise a close enough edit of it, otherwise nothing. A thread shown beside the
 * wrong passage would mislead every reader, so whenever the evidence is not clear the answer is
 * {@link pk.gov.mashwara.review.anchoring.Placement#OUTDATED}. In particular:
 * <ul>
 * <li>a place is taken only where the text on both sides still mostly agrees with the recorded context: a passage
 * that moved and lost its neighbours on one side looks exactly like a repeat of it elsewhere, so it is outdated;</li>
 * <li>where the old neighbourhood still stands intact somewhere else, a look-alike with a changed neighbourhood is
 * not taken: the passage itself was deleted or rewritten there;</li>
 * <li>places the text cannot tell apart are decided by nearness to the old offset, and only when the nearest is
 * also textually the best;</li>
 * <li>quotes shorter than eight characters are never matched approximately, and need their context nearly
 * intact.</li>
 * </ul>
 * White space counts as equal however it is spread, since a new extraction often breaks lines differently.
 */
package pk.gov.mashwara.review.anchoring;
