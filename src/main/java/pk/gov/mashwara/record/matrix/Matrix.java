package pk.gov.mashwara.record.matrix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import pk.gov.mashwara.shared.Messages;

/**
 * A comments matrix as it is written out: the draft it is about and one row per thread the reader may see, in the
 * reader's language ({@code locale}: its headings, status words and the lines above the table; what people wrote
 * stays as they wrote it).
 *
 * @param versionNumber the version it covers, or null for every version
 */
public record Matrix(String title, String diaryNumber, String fileNumber, String classification, String committee,
        Integer versionNumber, String generatedBy, Instant generatedAt, List<Row> rows, Locale locale) {

    /** The translation keys of the columns, in order. */
    static final List<String> COLUMNS = List.of("serial", "version", "place", "existing", "comment", "proposed",
            "commenter", "category", "severity", "position", "response", "nextVersion");

    /** The headings in English, in order; the importer finds its columns by them or by their Urdu forms. */
    public static final List<String> HEADINGS = headings(Locale.ENGLISH);

    public Matrix {
        locale = locale == null ? Locale.ENGLISH : locale;
    }

    /** An English matrix. */
    public Matrix(String title, String diaryNumber, String fileNumber, String classification, String committee,
            Integer versionNumber, String generatedBy, Instant generatedAt, List<Row> rows) {
        this(title, diaryNumber, fileNumber, classification, committee, versionNumber, generatedBy, generatedAt, rows,
                Locale.ENGLISH);
    }

    /** The headings in a language, in the order of the columns. */
    public static List<String> headings(Locale locale) {
        var out = new ArrayList<String>();
        for (var column : COLUMNS) {
            out.add(Messages.get(locale, "matrix.column." + column));
        }
        return List.copyOf(out);
    }

    /** This matrix's headings, in its language. */
    public List<String> headings() {
        return headings(locale);
    }

    /** Whether the matrix is written right to left (its language is Urdu). */
    public boolean rightToLeft() {
        return Messages.isRightToLeft(locale);
    }

    /** One thread; every cell plain text. */
    public record Row(int serial, int version, String pageAndClause, String existingText, String comment,
            String proposedText, String commenter, String category, String severity, String position,
            String response, String nextVersion) {

        /** The cells in the order of {@link #HEADINGS}. */
        public List<String> cells() {
            return List.of(Integer.toString(serial), Integer.toString(version), pageAndClause, existingText, comment,
                    proposedText, commenter, category, severity, position, response, nextVersion);
        }
    }
}
