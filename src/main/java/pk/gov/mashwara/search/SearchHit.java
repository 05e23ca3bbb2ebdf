package pk.gov.mashwara.search;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.text.ExtractionStatus;

/**
 * One version that matched.
 *
 * @param snippetHtml passages of the text with the matches in {@code <mark>}; everything else in it is escaped
 *                    text of the document, so it is safe to show as HTML (and only this field is)
 * @param extraction  where the version's text extraction stands (a version without text is found by its title)
 */
public record SearchHit(long draftId, int version, boolean latest, String title, String committeeCode, DraftKind kind,
        DraftStatus status, int year, ExtractionStatus extraction, boolean ocr, String snippetHtml, float score) {
}
