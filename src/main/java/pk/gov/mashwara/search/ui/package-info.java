/**
 * The search page: a query field, facet lists with counts, results with highlighted snippets, paging, and the
 * index's state when it is being rebuilt. Snippets are the only HTML rendered from document text, and they
 * arrive escaped from the search service.
 */
package pk.gov.mashwara.search.ui;
