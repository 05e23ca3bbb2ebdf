/**
 * Text extraction: a durable queue of jobs (one per version), a scheduler that claims them, and a pool of
 * forked extractor processes ({@code worker}) that run Tika under a time limit, a heap limit and automatic
 * replacement. See {@code docs/decisions/004-extraction.md}.
 */
package pk.gov.mashwara.text.extraction;
