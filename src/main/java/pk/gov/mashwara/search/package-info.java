/**
 * Full-text search: the Lucene indexes of versions' texts and of comments ({@code index}, {@code comments}) and
 * the search page ({@code ui}). The texts come from the text module ({@link pk.gov.mashwara.text.VersionTexts},
 * indexed again on {@link pk.gov.mashwara.text.TextExtracted}); the search answers only with what the searching
 * user may see ({@link pk.gov.mashwara.draft.DraftVisibility}). The indexes are derived data, rebuilt from the
 * database whenever they are missing, stale or corrupt. The search's matcher also marks a search's matches in
 * the reader ({@link pk.gov.mashwara.text.TextMatchFinder}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package pk.gov.mashwara.search;
