/**
 * The search module's views: the reader of a version's extracted text, the administrators' view of
 * extraction, and the search itself. Views go through the module's services only.
 */
package pk.gov.mashwara.search.ui;
