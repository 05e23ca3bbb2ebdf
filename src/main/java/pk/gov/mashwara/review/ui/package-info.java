/**
 * The review in the reader: threads beside the text, starting a thread on a selected passage, replies,
 * resolutions and the review window; and the comparison of two versions.
 * The review module's views: the comparison of two versions of a draft, side by side or inline, with the
 * passages of threads marked where they are. Views go through the module's services only, and build every piece
 * of document text as text nodes: nothing from a document is ever parsed as HTML.
 */
package pk.gov.mashwara.review.ui;
