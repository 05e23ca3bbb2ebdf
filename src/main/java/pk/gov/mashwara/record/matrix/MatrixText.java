package pk.gov.mashwara.record.matrix;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import pk.gov.mashwara.shared.Messages;

/**
 * The lines above a matrix's table, in the matrix's language, and the tests of a cell's text, the same in the
 * spreadsheet and in Word.
 */
final class MatrixText {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'PKT'", Locale.ENGLISH)
            .withZone(ZoneId.of("Asia/Karachi"));
    /** Day first, as the Urdu pages write a time; the digits stay Western, as on the pages. */
    static final DateTimeFormatter URDU_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm 'PKT'", Locale.ROOT)
            .withZone(ZoneId.of("Asia/Karachi"));
    private static final String SEPARATOR = "  ·  ";

    private MatrixText() {
    }

    static String heading(Matrix matrix) {
        return Messages.get(matrix.locale(), "matrix.file.title", matrix.title());
    }

    static String reference(Matrix matrix) {
        var locale = matrix.locale();
        return (matrix.diaryNumber() == null ? Messages.get(locale, "matrix.file.noDiary")
                : Messages.get(locale, "matrix.file.diary", matrix.diaryNumber()))
                + (matrix.fileNumber() == null || matrix.fileNumber().isBlank() ? ""
                        : SEPARATOR + Messages.get(locale, "matrix.file.fileNumber", matrix.fileNumber()))
                + SEPARATOR + matrix.committee() + SEPARATOR + matrix.classification().toUpperCase(locale);
    }

    static String scope(Matrix matrix) {
        var locale = matrix.locale();
        var time = matrix.rightToLeft() ? URDU_TIME.format(matrix.generatedAt()) : TIME.format(matrix.generatedAt());
        return (matrix.versionNumber() == null ? Messages.get(locale, "matrix.file.allVersions")
                : Messages.get(locale, "matrix.file.version", matrix.versionNumber())) + SEPARATOR
                + Messages.get(locale, "matrix.file.count", matrix.rows().size()) + SEPARATOR
                + Messages.get(locale, "matrix.file.generated", time, matrix.generatedBy());
    }

    /** Whether a cell's text reads right to left (its first strong letter is Urdu, Arabic or the like). */
    static boolean rightToLeft(String text) {
        return text != null && !text.isEmpty()
                && !new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /** Whether a spreadsheet, or a CSV made from it, could take the text for a formula. */
    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        var first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }
}
