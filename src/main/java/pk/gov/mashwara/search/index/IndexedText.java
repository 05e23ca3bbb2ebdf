package pk.gov.mashwara.search.index;

import pk.gov.mashwara.text.ExtractionStatus;

/** What the index needs of one version's extraction: its text (empty when there is none), status and OCR flag. */
public record IndexedText(String text, ExtractionStatus status, boolean ocr) {

    public static final IndexedText PENDING = new IndexedText("", ExtractionStatus.PENDING, false);

    public IndexedText {
        text = text == null ? "" : text;
    }
}
