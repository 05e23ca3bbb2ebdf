package pk.gov.mashwara.search.index;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

import pk.gov.mashwara.search.InvalidQueryException;
import pk.gov.mashwara.search.SearchQuery;

/**
 * Turns what the user typed into a Lucene query over the text fields: the classic query syntax (words,
 * "phrases", AND/OR/NOT, {@code prefix*}, {@code fuzzy~}), all words required unless OR says otherwise.
 * Exact (unstemmed) matches and titles weigh more than stemmed ones.
 */
public final class UserQueries {

    private static final String[] FIELDS = { IndexSchema.TITLE, IndexSchema.BODY, IndexSchema.EXACT, IndexSchema.URDU,
        IndexSchema.NUMBERS };
    // a diary or file number names one file: a match there outweighs the same words in a text
    private static final Map<String, Float> BOOSTS = Map.of(IndexSchema.TITLE, 2.0f, IndexSchema.BODY, 1.0f,
            IndexSchema.EXACT, 1.5f, IndexSchema.URDU, 1.0f, IndexSchema.NUMBERS, 3.0f);

    private UserQueries() {
    }

    public static Query parse(String text, Analyzer analyzer) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        if (text.length() > SearchQuery.MAX_TEXT_LENGTH) {
            throw new InvalidQueryException("search.error.tooLong", SearchQuery.MAX_TEXT_LENGTH);
        }
        // A parser per query: the classic parser keeps state and is not thread-safe
        var parser = new MultiFieldQueryParser(FIELDS, analyzer, BOOSTS) {
            /** /regular expressions/ could scan every term of the index; they are not part of the syntax offered. */
            @Override
            protected org.apache.lucene.search.Query getRegexpQuery(String field, String termStr)
                    throws org.apache.lucene.queryparser.classic.ParseException {
                throw new org.apache.lucene.queryparser.classic.ParseException("Regular expressions are not supported");
            }
        };
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            // the parser's own message is for developers (positions, token names); the user gets ours
            throw new InvalidQueryException("search.error.malformed");
        }
    }
}
