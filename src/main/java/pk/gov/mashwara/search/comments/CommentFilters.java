package pk.gov.mashwara.search.comments;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import pk.gov.mashwara.draft.DraftVisibility;
import pk.gov.mashwara.search.SearchQuery;

/**
 * Who may read a comment, as clauses of the one Lucene query that finds and counts comments (so no total can
 * count a hidden one): the draft's {@link DraftVisibility}, as the document search applies it, and for internal
 * notes also membership of their committee, as a drafter or officer of it. Nobody else reads an internal note,
 * not even those who see every draft.
 */
final class CommentFilters {

    private CommentFilters() {
    }

    static Query filtered(Query userQuery, SearchQuery query, DraftVisibility visibility) {
        var builder = new BooleanQuery.Builder().add(userQuery, Occur.MUST);
        builder.add(draftVisible(visibility), Occur.FILTER);
        builder.add(notesReadable(visibility), Occur.FILTER);
        anyOf(builder, CommentSchema.COMMITTEE, query.committees());
        anyOf(builder, CommentSchema.KIND, names(query.kinds()));
        anyOf(builder, CommentSchema.STATUS, names(query.statuses()));
        anyOf(builder, CommentSchema.YEAR, query.years().stream().map(String::valueOf).collect(Collectors.toSet()));
        return builder.build();
    }

    /** The query narrowed to the categories and severities selected (each a set of alternatives). */
    static Query selected(Query readable, pk.gov.mashwara.search.CommentFilter selection) {
        if (selection.categories().isEmpty() && selection.severities().isEmpty()) {
            return readable;
        }
        var builder = new BooleanQuery.Builder().add(readable, Occur.MUST);
        anyOf(builder, CommentSchema.CATEGORY, selection.categories());
        anyOf(builder, CommentSchema.SEVERITY, selection.severities());
        return builder.build();
    }

    /** The draft visibility filter of the document search: the comment index carries the same fields. */
    static Query draftVisible(DraftVisibility visibility) {
        return pk.gov.mashwara.search.index.IndexSearch.termVisibilityFilter(visibility);
    }

    /**
     * Comments that are no committee's internal note, or notes of a committee the user works in. The committees
     * of {@link DraftVisibility} are exactly those the user drafts or decides for.
     */
    static Query notesReadable(DraftVisibility visibility) {
        var any = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(CommentSchema.INTERNAL, CommentSchema.NOT_INTERNAL)), Occur.SHOULD);
        for (var committee : visibility.committees()) {
            any.add(new TermQuery(new Term(CommentSchema.INTERNAL, String.valueOf(committee))), Occur.SHOULD);
        }
        return any.setMinimumNumberShouldMatch(1).build();
    }

    private static void anyOf(BooleanQuery.Builder builder, String field, Collection<String> values) {
        if (values.isEmpty()) {
            return;
        }
        var any = new BooleanQuery.Builder();
        values.forEach(v -> any.add(new TermQuery(new Term(field, v)), Occur.SHOULD));
        builder.add(any.build(), Occur.FILTER);
    }

    private static Set<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.toSet());
    }
}
