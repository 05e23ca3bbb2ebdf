package pk.gov.mashwara.search;

/**
 * What a record found beside the drafts is: the working group's other business (letters, their directions and
 * progress entries; data requests and their answers; statements; engagements and their commitments).
 */
public enum RecordKind {
    LETTER, DIRECTION, PROGRESS, DATA_REQUEST, ANSWER, STATEMENT, ENGAGEMENT, COMMITMENT
}
