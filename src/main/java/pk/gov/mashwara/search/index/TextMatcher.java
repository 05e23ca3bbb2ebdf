package pk.gov.mashwara.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;

import pk.gov.mashwara.text.TextMatchFinder;
import pk.gov.mashwara.text.TextMatches.Match;
import pk.gov.mashwara.text.TextMatches;

/**
 * Finds the matches of a user's query in one text with the search's own parser and analysers, so the reader
 * marks exactly what the search matched: stemmed words, phrases, prefixes, fuzzy terms and Urdu typed with
 * Arabic-keyboard letters. The text is indexed alone in memory, in the three text fields of the index, and
 * Lucene's matches API reports the character offsets of each matching term or phrase.
 *
 * <p>Bounded twice: only the first {@code maxChars} characters are analysed (a 20-million-character text
 * would take seconds and much memory), and at most {@code maxMatches} matches are returned.
 *
 * <p>Every positive part of the query is looked for on its own: a hit may owe some of its words to the
 * title, or to an OR, and the words that do occur in the text should still be marked. Words after NOT are not.
 */
public final class TextMatcher implements TextMatchFinder {

    public static final int MAX_CHARS = 1_000_000;
    public static final int MAX_MATCHES = 2_000;
    private static final Set<String> TEXT_FIELDS = Set.of(IndexSchema.BODY, IndexSchema.EXACT, IndexSchema.URDU);

    private final Analyzer analyzer;
    private final int maxChars;
    private final int maxMatches;

    public TextMatcher(Analyzer analyzer, int maxChars, int maxMatches) {
        this.analyzer = analyzer;
        this.maxChars = maxChars;
        this.maxMatches = maxMatches;
    }

    /**
     * The matches of {@code userQuery} in {@code text}.
     *
     * @throws pk.gov.mashwara.search.InvalidQueryException when the query cannot be parsed
     */
    @Override
    public TextMatches find(String text, String userQuery) {
        var query = UserQueries.parse(userQuery, analyzer);
        if (query instanceof MatchAllDocsQuery || text.isEmpty()) {
            return TextMatches.NONE;
        }
        var searched = searchedLength(text, maxChars);
        var memory = new MemoryIndex(true, false);
        var part = text.substring(0, searched);
        for (var field : TEXT_FIELDS) {
            memory.addField(field, part, analyzer);
        }
        var searcher = memory.createSearcher();
        var ranges = new ArrayList<Match>();
        var overflow = false;
        try {
            for (var leaf : positiveLeaves(query)) {
                overflow |= collect(searcher, leaf, ranges);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var merged = merge(ranges);
        var capped = overflow || merged.size() > maxMatches;
        return new TextMatches(merged.subList(0, Math.min(maxMatches, merged.size())), searched,
                searched < text.length(), capped);
    }

    /** Adds the leaf query's matches in the text fields; true when it had more than {@code maxMatches}. */
    private boolean collect(IndexSearcher searcher, Query leaf, List<Match> into) throws IOException {
        var weight = searcher.createWeight(searcher.rewrite(leaf), ScoreMode.COMPLETE_NO_SCORES, 1f);
        var matches = weight.matches(searcher.getIndexReader().leaves().getFirst(), 0);
        if (matches == null) {
            return false;
        }
        var overflow = false;
        for (var field : matches) {
            if (!TEXT_FIELDS.contains(field)) {
                continue;
            }
            var iterator = matches.getMatches(field);
            // each field's matches come in text order, so the first maxMatches of each contain the first overall
            int taken = 0;
            while (iterator != null && iterator.next()) {
                if (taken++ == maxMatches) {
                    overflow = true;
                    break;
                }
                if (iterator.startOffset() >= 0 && iterator.endOffset() > iterator.startOffset()) {
                    into.add(new Match(iterator.startOffset(), iterator.endOffset()));
                }
            }
        }
        return overflow;
    }

    /** The same word matched in several fields (stemmed, exact, Urdu) is one match; overlapping ones join. */
    static List<Match> merge(List<Match> ranges) {
        var sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
        var merged = new ArrayList<Match>();
        for (var range : sorted) {
            var last = merged.isEmpty() ? null : merged.getLast();
            if (last != null && range.start() < last.end()) {
                merged.set(merged.size() - 1, new Match(last.start(), Math.max(last.end(), range.end())));
            } else {
                merged.add(range);
            }
        }
        return merged;
    }

    static List<Query> positiveLeaves(Query query) {
        var leaves = new ArrayList<Query>();
        addLeaves(query, leaves);
        return leaves;
    }

    private static void addLeaves(Query query, List<Query> into) {
        switch (query) {
            case BoostQuery boost -> addLeaves(boost.getQuery(), into);
            case BooleanQuery bool -> bool.clauses().stream().filter(c -> c.occur() != BooleanClause.Occur.MUST_NOT)
                    .forEach(c -> addLeaves(c.query(), into));
            default -> into.add(query);
        }
    }

    /** At most {@code max} characters, without splitting a surrogate pair. */
    private static int searchedLength(String text, int max) {
        if (text.length() <= max) {
            return text.length();
        }
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }
}
