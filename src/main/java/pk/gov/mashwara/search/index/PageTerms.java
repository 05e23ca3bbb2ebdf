package pk.gov.mashwara.search.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A query for marking the matches of one page of hits in one field: each {@code prefix*}, {@code fuzzy~} or wildcard
 * part on that field is replaced by the terms it expands to in those documents only, and such a part on any other
 * field by a query that matches every document.
 *
 * <p>Finding a multi-term part's matches in one document means walking every term of the index it expands to
 * (hundreds, for a short prefix) and looking each up in that document's postings, and a highlighter does that for
 * every field of the part and every hit, twice. Here the expansion is walked once for the whole page; each hit then
 * looks up only the few terms found in the page. In the field marked, a document of the page matches the narrowed
 * query exactly where it matched the original one, because every term of the expansion that occurs in it is kept.
 * The parts on other fields (the user's query runs over the title, the exact words, the Urdu forms and the numbers
 * too) are not marked, so they are not expanded at all: each becomes a part that every document matches. The page's
 * documents matched the query, so they still match it; what the narrowed query would match beyond them does not
 * matter, as it is only asked about them.
 */
final class PageTerms {

    /** Past this many terms in one page, a part is left as it is (a boolean query of them would cost more). */
    static final int MAX_TERMS = 256;

    private PageTerms() {
    }

    /** The query for marking {@code field} in the documents {@code docs}, all of which match {@code query}. */
    static Query narrowed(IndexSearcher searcher, Query query, int[] docs, String field) throws IOException {
        var sorted = docs.clone();
        Arrays.sort(sorted);
        return narrow(searcher, query, sorted, field);
    }

    private static Query narrow(IndexSearcher searcher, Query query, int[] docs, String field) throws IOException {
        return switch (query) {
            case BoostQuery boost -> {
                var inner = narrow(searcher, boost.getQuery(), docs, field);
                yield inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
            }
            case BooleanQuery bool -> {
                var builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                var changed = false;
                for (var clause : bool.clauses()) {
                    // what must not match is never marked: no need to expand it
                    var inner = clause.occur() == BooleanClause.Occur.MUST_NOT ? clause.query()
                            : narrow(searcher, clause.query(), docs, field);
                    changed |= inner != clause.query();
                    builder.add(inner, clause.occur());
                }
                yield changed ? builder.build() : bool;
            }
            case MultiTermQuery multi -> field.equals(multi.getField()) ? expanded(searcher, multi, docs)
                    : new MatchAllDocsQuery();
            default -> query;
        };
    }

    /** The terms of the expansion found in the documents, as a disjunction; the part itself when there are too many. */
    private static Query expanded(IndexSearcher searcher, MultiTermQuery query, int[] docs) throws IOException {
        Set<BytesRef> found = new LinkedHashSet<>();
        for (var leaf : searcher.getIndexReader().leaves()) {
            int from = lowerBound(docs, leaf.docBase);
            int to = lowerBound(docs, leaf.docBase + leaf.reader().maxDoc());
            var terms = from == to ? null : leaf.reader().terms(query.getField());
            if (terms == null) {
                continue;
            }
            var termsEnum = query.getTermsEnum(terms);
            PostingsEnum postings = null;
            for (var term = termsEnum.next(); term != null; term = termsEnum.next()) {
                if (found.contains(term)) {
                    continue;
                }
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                for (int i = from; i < to; i++) {
                    int target = docs[i] - leaf.docBase;
                    int at = postings.docID() >= target ? postings.docID() : postings.advance(target);
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at == target) {
                        found.add(BytesRef.deepCopyOf(term));
                        break;
                    }
                }
                if (found.size() > MAX_TERMS) {
                    return query;
                }
            }
        }
        if (found.isEmpty()) {
            return new MatchNoDocsQuery();
        }
        if (found.size() == 1) {
            return new TermQuery(new Term(query.getField(), found.iterator().next()));
        }
        var any = new BooleanQuery.Builder();
        found.forEach(term -> any.add(new TermQuery(new Term(query.getField(), term)), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    /** The index of the first value at least {@code key} in the sorted values. */
    private static int lowerBound(int[] sorted, int key) {
        int i = Arrays.binarySearch(sorted, key);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && sorted[i - 1] == key) {
            i--;
        }
        return i;
    }
}
