package pk.gov.mashwara.search;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.text.ExtractionStatus;

/**
 * One version that matched.
 *
 * @param snippetHtml passages of the text with the matches in {@code <mark>}; everything else in it is escaped
 *                    text of the document, so it is safe to show as HTML (and only this field is)
 * @param extraction  where the version's text extraction stands (a version without text is found by its title)
 * @param diaryNumber the NSMCWG's diary number, or null
 * @param fileNumber  the committee's file number, or null
 * @param priority    the draft's priority mark
 */
public record SearchHit(long draftId, int version, boolean latest, String title, String committeeCode, DraftKind kind,
        DraftStatus status, int year, ExtractionStatus extraction, boolean ocr, String snippetHtml, float score,
        String diaryNumber, String fileNumber, Priority priority) {

    public SearchHit {
        priority = priority == null ? Priority.ROUTINE : priority;
    }

    /** A hit on a routine draft without numbers on its cover. */
    public SearchHit(long draftId, int version, boolean latest, String title, String committeeCode, DraftKind kind,
            DraftStatus status, int year, ExtractionStatus extraction, boolean ocr, String snippetHtml, float score) {
        this(draftId, version, latest, title, committeeCode, kind, status, year, extraction, ocr, snippetHtml, score,
                null, null, Priority.ROUTINE);
    }
}
