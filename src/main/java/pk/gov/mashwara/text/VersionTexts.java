package pk.gov.mashwara.text;

import java.util.Optional;

/**
 * The extracted text of versions, for the module's own background work (indexing). It does not check who
 * asks: user-facing reads go through a service that checks the draft's visibility first.
 */
public interface VersionTexts {

    /** The stored text of a version, when extraction produced text. */
    Optional<String> text(long draftId, int versionNumber);

    /**
     * At most the first {@code maxCharacters} characters of a version's stored text, read without ever holding
     * the whole of a longer text: for work that is bounded by design (the comparison of two versions).
     */
    default Optional<String> text(long draftId, int versionNumber, int maxCharacters) {
        return text(draftId, versionNumber).map(t -> t.length() <= maxCharacters ? t : t.substring(0, maxCharacters));
    }

    /**
     * The version's stored text as it is kept (compressed), to be written out later without holding the whole of a
     * long text at once; empty when there is no text.
     */
    default Optional<StoredText> stored(long draftId, int versionNumber) {
        return text(draftId, versionNumber).map(text -> out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * What identifies the version's stored text as it is now: it changes whenever the text is extracted again,
     * so that anything derived from the text (a comparison kept on disk) can tell it is still current. Empty
     * while there is no text.
     */
    default Optional<String> textStamp(long draftId, int versionNumber) {
        return Optional.empty();
    }

    /** Where the extraction of a version stands; {@code PENDING} for a version not yet seen. */
    ExtractionStatus status(long draftId, int versionNumber);

    /** Whether the stored text was (partly) produced by OCR. */
    boolean ocr(long draftId, int versionNumber);

    /**
     * Where each page of the version's document begins in its stored text, in page order; empty when the
     * document has no pages (HTML, plain text, a word-processor file) or its pages are not known.
     */
    int[] pageStarts(long draftId, int versionNumber);

    /** The page (1 for the first) that holds the character at {@code offset} of the version's text, if known. */
    default java.util.OptionalInt pageAt(long draftId, int versionNumber, int offset) {
        return pageOf(pageStarts(draftId, versionNumber), offset);
    }

    /** The page (1 for the first) of {@code starts} that holds the character at {@code offset}, if any. */
    static java.util.OptionalInt pageOf(int[] starts, int offset) {
        if (starts.length == 0 || offset < 0) {
            return java.util.OptionalInt.empty();
        }
        int at = java.util.Arrays.binarySearch(starts, offset);
        // not found: -(insertion point) - 1; the page is the one starting before the insertion point
        int index = at >= 0 ? at : -at - 2;
        // several pages may start at the same place (empty pages): the character is on the last of them
        while (index >= 0 && index + 1 < starts.length && starts[index + 1] == starts[index]) {
            index++;
        }
        return java.util.OptionalInt.of(Math.max(index, 0) + 1);
    }
}
