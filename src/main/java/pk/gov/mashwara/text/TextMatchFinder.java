package pk.gov.mashwara.text;

/**
 * Finds where a query's words occur in one text, for the reader to mark them. The text module reads queries
 * in no language of its own: the search implements this with its parser and analysers, so the reader marks
 * exactly what the search matched. Without an implementation the reader marks nothing.
 */
public interface TextMatchFinder {

    /**
     * The matches of {@code query} in {@code text}; bounded, see {@link TextMatches}.
     *
     * @throws UnreadableQueryException when the query cannot be parsed
     */
    TextMatches find(String text, String query);
}
