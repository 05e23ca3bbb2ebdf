package pk.gov.mashwara.audit;

/** What was done. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGOUT, DRAFT_CREATED, VERSION_UPLOADED, VERSION_DOWNLOADED, STATUS_CHANGED
}
