/**
 * Text extraction and full-text search. Every version's file has its text extracted outside the web
 * application's JVM ({@code extraction}), stored, and indexed in Lucene ({@code index}); the search answers
 * only with what the searching user may see ({@link pk.gov.mashwara.draft.DraftVisibility}). The index is
 * derived data, rebuilt from the database whenever it is missing, stale or corrupt.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package pk.gov.mashwara.search;
