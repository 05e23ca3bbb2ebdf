package pk.gov.mashwara.draft.storage;

/** A file now in the store. {@code newlyStored} is false when identical content was already there. */
public record StoredFile(String sha256, long sizeBytes, String mediaType, boolean newlyStored) {
}
