package pk.gov.mashwara.draft;

/**
 * A file another module attached to a draft (a consulted division's view, …), now in the draft module's file
 * store: its name as sanitised for display, the media type detected from its bytes, its size and its SHA-256.
 */
public record AttachedFile(String fileName, String mediaType, long sizeBytes, String sha256) {
}
