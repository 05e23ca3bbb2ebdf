/**
 * Review of drafts: threads of comments anchored to passages of a version's text (as the W3C
 * TextQuoteSelector and TextPositionSelector describe them), resolved with reasons, carried forward to new
 * versions ({@code anchoring}), compared version against version ({@code diff}), within the review window the
 * NSMCWG secretary sets. Who may see a thread follows the visibility of its draft; a committee's internal notes
 * are shown only to that committee.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package pk.gov.mashwara.review;
