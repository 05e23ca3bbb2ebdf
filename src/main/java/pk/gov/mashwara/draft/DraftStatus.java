package pk.gov.mashwara.draft;

/**
 * Where a draft stands on its way under the Rules of Business. Until a draft is submitted only its own
 * committee sees it.
 */
public enum DraftStatus {
    DRAFT, COMMITTEE_APPROVAL, SUBMITTED, UNDER_REVIEW, CONSOLIDATION, CLEARANCE, INPUT_ISSUED,
    COMMITTEE_RESPONSE, CONSULTATIONS, COMPETENT_AUTHORITY, NOTIFIED, CLOSED, RETURNED_FOR_REVISION;

    /** Whether the committee may upload a new version in this state. */
    public boolean acceptsNewVersions() {
        // in consultations: a version carrying the Cabinet's modifications, or revised after the vetting (which then
        // vets it again: config/routing.yml, vetted-text-current)
        return this == DRAFT || this == RETURNED_FOR_REVISION || this == COMMITTEE_RESPONSE || this == CONSULTATIONS;
    }
}
