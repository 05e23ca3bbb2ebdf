package pk.gov.mashwara.engagement;

/** What kind of dealing an engagement was. Each has a translation {@code engagement.kind.<NAME>}. */
public enum EngagementKind {
    MEETING, CALL, LETTER_SENT, LETTER_RECEIVED, NOTICE_SENT, NOTICE_RECEIVED
}
