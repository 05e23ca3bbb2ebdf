/**
 * Drafts and their versions. A draft belongs to one committee; every upload is a new immutable version whose
 * original bytes are kept in a content-addressed file store, with the SHA-256, size and the media type
 * detected from the content. {@link pk.gov.mashwara.draft.DraftService} is the API; it enforces who may see
 * and do what, in the queries themselves. Events ({@link pk.gov.mashwara.draft.VersionUploaded} and others)
 * tell other modules what happened, after commit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drafts")
package pk.gov.mashwara.draft;
