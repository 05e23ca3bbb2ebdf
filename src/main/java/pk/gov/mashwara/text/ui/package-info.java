/**
 * The text module's views: the reader of a version's extracted text (paragraphs in their own direction, where
 * the extraction stands, the matches of the search it was opened from) and the administrators' view of
 * extraction. Views go through the module's services only; other modules add to the reader through {@code
 * reader}.
 */
package pk.gov.mashwara.text.ui;
