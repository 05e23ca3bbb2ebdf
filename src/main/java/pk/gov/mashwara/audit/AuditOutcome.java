package pk.gov.mashwara.audit;

public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
