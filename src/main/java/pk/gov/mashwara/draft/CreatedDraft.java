package pk.gov.mashwara.draft;

/** The answer to creating a draft or adding a version: the draft and the new version's number. */
public record CreatedDraft(long id, int version, String sha256) {
}
