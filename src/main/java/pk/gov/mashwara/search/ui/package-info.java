/**
 * The search module's views: the search page (query, facets with counts, results with highlighted snippets,
 * paging, the index's state while it is rebuilt), the reader of a version's extracted text, and the
 * administrators' view of extraction. Views go through the module's services only; snippets are the only HTML
 * rendered from document text, and they arrive escaped from the search service.
 */
package pk.gov.mashwara.search.ui;
