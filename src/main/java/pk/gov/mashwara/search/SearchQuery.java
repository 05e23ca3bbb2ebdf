package pk.gov.mashwara.search;

import java.util.Set;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;

/**
 * A search as the user asked it: the query text (words, "phrases", AND/OR/NOT, {@code prefix*}, {@code fuzzy~};
 * blank for everything the user may see), facet selections (values of one facet are alternatives, facets
 * narrow each other), whether to search every version or only the latest one of each draft, and the page.
 *
 * @param committees committee codes, e.g. {@code PTA}
 * @param years      years of the draft's creation
 */
public record SearchQuery(String text, Set<String> committees, Set<DraftKind> kinds, Set<DraftStatus> statuses,
        Set<Integer> years, boolean allVersions, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 50;
    public static final int DEFAULT_PAGE_SIZE = 20;
    /** Longer queries are refused: nobody types them, and parsing them costs. */
    public static final int MAX_TEXT_LENGTH = 500;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        committees = committees == null ? Set.of() : Set.copyOf(committees);
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        years = years == null ? Set.of() : Set.copyOf(years);
        page = Math.max(0, page);
        pageSize = Math.clamp(pageSize, 1, MAX_PAGE_SIZE);
    }

    /** The first page of the latest versions matching the text, without facet selections. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), Set.of(), Set.of(), Set.of(), false, 0, DEFAULT_PAGE_SIZE);
    }

    public SearchQuery withPage(int newPage) {
        return new SearchQuery(text, committees, kinds, statuses, years, allVersions, newPage, pageSize);
    }

    public SearchQuery withAllVersions(boolean all) {
        return new SearchQuery(text, committees, kinds, statuses, years, all, 0, pageSize);
    }

    public SearchQuery withCommittees(Set<String> codes) {
        return new SearchQuery(text, codes, kinds, statuses, years, allVersions, 0, pageSize);
    }

    public SearchQuery withKinds(Set<DraftKind> selected) {
        return new SearchQuery(text, committees, selected, statuses, years, allVersions, 0, pageSize);
    }

    public SearchQuery withStatuses(Set<DraftStatus> selected) {
        return new SearchQuery(text, committees, kinds, selected, years, allVersions, 0, pageSize);
    }

    public SearchQuery withYears(Set<Integer> selected) {
        return new SearchQuery(text, committees, kinds, statuses, selected, allVersions, 0, pageSize);
    }
}
