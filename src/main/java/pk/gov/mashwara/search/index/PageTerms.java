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
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * A query for marking the matches of one page of hits: each {@code prefix*}, {@code fuzzy~} or wildcard part is
 * replaced by the terms it expands to in those documents only.
 *
 * <p>Finding a multi-term part's matches in one document means walking every term of the index it expands to
 * (hundreds, for a short prefix) and looking each up in that document's postings, and a highlighter does that for
 * every field of the part and every hit, twice. Here the expansion is walked once per field for the whole page; each
 * hit then looks up only the few terms found in the page. A document matches the narrowed query exactly where it
 * matched the original one, because every term of the expansion that occurs in it is kept.
 */
final class PageTerms {

    /** Past this many terms in one page, a part is left as it is (a boolean query of them would cost more). */
    static final int MAX_TERMS = 256;

    private PageTerms() {
    }

    static Query narrowed(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        var sorted = docs.clone();
        Arrays.sort(sorted);
        return narrow(searcher, query, sorted);
    }

    private static Query narrow(IndexSearcher searcher, Query query, int[] docs) throws IOException {
        return switch (query) {
            case BoostQuery boost -> {
                var inner = narrow(searcher, boost.getQuery(), docs);
                yield inner == boost.getQuery() ? boost : new BoostQuery(inner, boost.getBoost());
            }
            case BooleanQuery bool -> {
                var builder = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                var changed = false;
                for (var clause : bool.clauses()) {
                    // what must not match is never marked: no need to expand it
                    var inner = clause.occur() == BooleanClause.Occur.MUST_NOT ? clause.query()
                            : narrow(searcher, clause.query(), docs);
                    changed |= inner != clause.query();
                    builder.add(inner, clause.occur());
                }
                yield changed ? builder.build() : bool;
            }
            case MultiTermQuery multi -> expanded(searcher, multi, docs);
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
