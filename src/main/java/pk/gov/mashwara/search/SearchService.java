package pk.gov.mashwara.search;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.search.comments.CommentIndexMaintenance;
import pk.gov.mashwara.search.comments.CommentSearch;
import pk.gov.mashwara.search.index.IndexMaintenance;
import pk.gov.mashwara.search.index.IndexSearch;
import pk.gov.mashwara.search.records.RecordIndexMaintenance;
import pk.gov.mashwara.search.records.RecordSearch;
import pk.gov.mashwara.security.CurrentUser;

/**
 * Full-text search over the versions of drafts and over the comments on them, for the signed-in user: only what the
 * user may see is found, counted or shown in a facet (see {@link pk.gov.mashwara.draft.DraftVisibility}); a
 * committee's internal notes are found only by that committee.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class SearchService {

    private final DraftService drafts;
    private final IndexMaintenance maintenance;
    private final IndexSearch index;
    private final CommentIndexMaintenance commentMaintenance;
    private final CommentSearch comments;
    private final RecordIndexMaintenance recordMaintenance;
    private final RecordSearch records;
    private final CurrentUser currentUser;

    SearchService(DraftService drafts, IndexMaintenance maintenance, IndexSearch index,
            CommentIndexMaintenance commentMaintenance, CommentSearch comments,
            RecordIndexMaintenance recordMaintenance, RecordSearch records, CurrentUser currentUser) {
        this.drafts = drafts;
        this.maintenance = maintenance;
        this.index = index;
        this.commentMaintenance = commentMaintenance;
        this.comments = comments;
        this.recordMaintenance = recordMaintenance;
        this.records = records;
        this.currentUser = currentUser;
    }

    /**
     * One page of the versions matching the query, with facet counts, and the best few comments matching its
     * words (with the same facets; none for a blank query; marked unavailable while their index is rebuilt).
     *
     * @throws InvalidQueryException      when the query cannot be understood (the message says so plainly)
     * @throws IndexUnavailableException  while the index is checked or rebuilt, with its progress
     */
    public SearchResult search(SearchQuery query) {
        return search(query, RecordFilter.ALL);
    }

    /**
     * The same, with the records of the working group's other business that match the words and the record facets
     * selected, as each record's module lets the user read them.
     */
    public SearchResult search(SearchQuery query, RecordFilter recordFilter) {
        return search(query, CommentFilter.ALL, recordFilter);
    }

    /** The same, the comments narrowed to the categories and severities selected. */
    public SearchResult search(SearchQuery query, CommentFilter commentFilter, RecordFilter recordFilter) {
        var visibility = drafts.visibility();
        var status = maintenance.status();
        if (!status.ready()) {
            throw new IndexUnavailableException(status);
        }
        return index.search(query, visibility).withComments(comments.search(query, commentFilter, visibility))
                .withRecords(records.search(query.text(), recordFilter, currentUser.require()));
    }

    /** Where the index stands (for the search page and the administrators). */
    public IndexStatus status() {
        return maintenance.status();
    }

    /**
     * How both indexes stand, with the documents each holds (-1 while one is not open). Administrators only: the
     * counts are of everything indexed, not of what one user may see.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public IndexFigures figures() {
        return new IndexFigures(maintenance.status(), maintenance.documentCount(), commentMaintenance.status(),
                commentMaintenance.documentCount(), recordMaintenance.status(), recordMaintenance.documentCount());
    }

    /** Starts rebuilding both indexes from the database, in the background. Administrators only. */
    @PreAuthorize("hasRole('ADMIN')")
    public IndexStatus rebuild() {
        maintenance.rebuild("requested by an administrator");
        commentMaintenance.rebuild("requested by an administrator");
        recordMaintenance.rebuild("requested by an administrator");
        return maintenance.status();
    }
}
