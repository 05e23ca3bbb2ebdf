/**
 * The comparison of two texts: paragraphs aligned with Myers' algorithm (unique paragraphs anchoring it when
 * the texts differ too much for it), then words compared inside each changed paragraph. Every step has a bound
 * on its work ({@link pk.gov.mashwara.review.diff.Effort}); past it, the comparison becomes coarser and says so
 * instead of taking unbounded time on a hostile or very different pair of texts.
 */
package pk.gov.mashwara.review.diff;
