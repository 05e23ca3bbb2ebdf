/**
 * The search module's views: the search page (query, facets with counts, results with highlighted snippets,
 * paging, the index's state while it is rebuilt). Views go through the module's services only; snippets are the
 * only HTML rendered from document text, and they arrive escaped from the search service. A hit opens the text
 * module's reader.
 */
package pk.gov.mashwara.search.ui;
