/**
 * The review in the reader: threads beside the text, starting a thread on a selected passage, replies,
 * resolutions and the review window; and the comparison of two versions.
 */
package pk.gov.mashwara.review.ui;
