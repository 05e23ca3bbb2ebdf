package pk.gov.mashwara.record;

import pk.gov.mashwara.record.pdf.LetterPdf;

/**
 * Prints letters as A4 PDFs with the review record's embedded fonts (Noto Sans, Noto Naskh Arabic for Urdu, shaped
 * and ordered by the glyph layout). It checks nothing: callers give it only what the reader may see.
 */
public final class Letters {

    private Letters() {
    }

    public static byte[] pdf(Letter letter) {
        return LetterPdf.write(letter);
    }
}
