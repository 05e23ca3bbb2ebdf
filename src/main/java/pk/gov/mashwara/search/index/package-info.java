/**
 * The Lucene index behind the search: how text is analysed (English stemming, an unstemmed field for exact
 * phrases and prefixes, and Urdu with Arabic-keyboard letters folded to Urdu ones), how a version becomes a
 * document, and the index on disk with its near-real-time searcher. The index is derived data: it is checked at
 * start-up and rebuilt from the database into a fresh directory whenever it is missing, corrupt, of another
 * schema or out of step with the database. Internal to the search module; see docs/decisions/005-search-index.md.
 */
package pk.gov.mashwara.search.index;
