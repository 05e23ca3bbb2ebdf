package pk.gov.mashwara.search.index;

import pk.gov.mashwara.search.ExtractionStatus;

/** What the index needs of one version's extraction: its text (empty when there is none), status and OCR flag. */
public record VersionText(String text, ExtractionStatus status, boolean ocr) {

    public static final VersionText PENDING = new VersionText("", ExtractionStatus.PENDING, false);

    public VersionText {
        text = text == null ? "" : text;
    }
}
