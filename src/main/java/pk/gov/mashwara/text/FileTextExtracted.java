package pk.gov.mashwara.text;

import java.time.Instant;

/**
 * The extraction of an attached file (see {@link FileTexts}) came to an end (any final status). Published after
 * the text is stored, so that a module whose records are searched with the file's text can have them indexed again.
 *
 * @param sha256 the file, by its content: every record that keeps this file is concerned
 */
public record FileTextExtracted(String sha256, ExtractionStatus status, Instant occurredAt) {
}
