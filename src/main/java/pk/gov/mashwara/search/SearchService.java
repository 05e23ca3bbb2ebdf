package pk.gov.mashwara.search;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.search.index.IndexMaintenance;
import pk.gov.mashwara.search.index.IndexSearch;

/**
 * Full-text search over the versions of drafts, for the signed-in user: only what the user may see is found,
 * counted or shown in a facet (see {@link pk.gov.mashwara.draft.DraftVisibility}).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class SearchService {

    private final DraftService drafts;
    private final IndexMaintenance maintenance;
    private final IndexSearch index;

    SearchService(DraftService drafts, IndexMaintenance maintenance, IndexSearch index) {
        this.drafts = drafts;
        this.maintenance = maintenance;
        this.index = index;
    }

    /**
     * One page of the versions matching the query, with facet counts.
     *
     * @throws InvalidQueryException      when the query cannot be understood (the message says so plainly)
     * @throws IndexUnavailableException  while the index is checked or rebuilt, with its progress
     */
    public SearchResult search(SearchQuery query) {
        var visibility = drafts.visibility();
        var status = maintenance.status();
        if (!status.ready()) {
            throw new IndexUnavailableException(status);
        }
        return index.search(query, visibility);
    }

    /** Where the index stands (for the search page and the administrators). */
    public IndexStatus status() {
        return maintenance.status();
    }

    /** Starts rebuilding the index from the database, in the background. Administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    public IndexStatus rebuild() {
        maintenance.rebuild("requested by an administrator");
        return maintenance.status();
    }
}
