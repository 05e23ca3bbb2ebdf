package pk.gov.mashwara.review;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.review.anchoring.Relocator;
import pk.gov.mashwara.review.anchoring.TextAnchor;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.text.ReaderService;
import pk.gov.mashwara.text.VersionTexts;

/**
 * Checks a selection against the text it claims to quote: the offsets must hold the quoted text, or the quote
 * must be found unambiguously near them. A selection is never stored as given without that check, so a thread
 * cannot point at a passage the text does not have.
 */
@Component
class Anchors {

    private final ReaderService reader;
    private final VersionTexts texts;

    Anchors(ReaderService reader, VersionTexts texts) {
        this.reader = reader;
        this.texts = texts;
    }

    /**
     * The page of the version's document where a passage starting at {@code offset} lies: as extraction recorded
     * the pages, or else as the client said ({@code declared}, e.g. a viewer that knows the page), or unknown.
     */
    Integer page(long draftId, int versionNumber, int offset, Integer declared) {
        var known = texts.pageAt(draftId, versionNumber, offset);
        return known.isPresent() ? Integer.valueOf(known.getAsInt()) : declared;
    }

    TextAnchor anchor(long draftId, int versionNumber, Selection selection) {
        var version = reader.read(draftId, versionNumber);
        if (!version.summary().status().hasText()) {
            throw new ConflictException("error.review.anchor.noText", version.summary().status());
        }
        var text = version.text();
        var exact = selection.exact();
        if (exact != null && exact.length() > TextAnchor.MAX_QUOTE) {
            throw new InvalidInputException("error.review.anchor.tooLong", TextAnchor.MAX_QUOTE);
        }
        var start = selection.start();
        var end = selection.end();
        if (exact == null || exact.isEmpty()) {
            if (start == null || end == null || start < 0 || end > text.length() || start >= end) {
                throw new InvalidInputException("error.review.anchor.range", text.length());
            }
            if (end - start > TextAnchor.MAX_QUOTE) {
                throw new InvalidInputException("error.review.anchor.tooLong", TextAnchor.MAX_QUOTE);
            }
            return requireWords(TextAnchor.at(text, start, end));
        }
        if (start != null && end != null && start >= 0 && end <= text.length() && start < end
                && text.substring(start, end).equals(exact)) {
            return requireWords(TextAnchor.at(text, start, end));
        }
        return Relocator.locate(text, exact, selection.prefix(), selection.suffix(), start).map(Anchors::requireWords)
                .orElseThrow(() -> new InvalidInputException("error.review.anchor.mismatch"));
    }

    /** The anchor without the white space a selection took at its edges; refused when it quotes nothing else. */
    private static TextAnchor requireWords(TextAnchor anchor) {
        if (anchor.exact().isBlank()) {
            throw new InvalidInputException("error.review.anchor.blank");
        }
        return anchor.trimmed();
    }
}
