package pk.gov.mashwara.draft;

import java.util.regex.Pattern;

import pk.gov.mashwara.shared.InvalidInputException;

/**
 * The committee's own file number of a draft, as the Secretariat writes it on the file's cover: {@code F. No.
 * 2(1)/2026-Pub.}, {@code No. 1(1)/AS-II/2021}, {@code F.No.8-3/2026-Legis-I}. Free text, checked for its shape only:
 * "No." (after "F." or not), then the file's number and its section, year or branch separated by '/'.
 */
public final class FileNumbers {

    /** The longest file number kept. */
    public static final int MAX = 60;

    // "F. No." or "No.", then a number (digits, with its parts in brackets or joined by '-' or '.') and at least one
    // '/'-separated part: the characters a file number is written with, nothing else
    private static final Pattern SHAPE = Pattern.compile(
            "(?:F\\.\\s?)?No\\.\\s?[0-9][0-9A-Za-z().\\-]*(?:\\s?/\\s?[0-9A-Za-z][0-9A-Za-z().\\-&,\\s]*)+");

    private FileNumbers() {
    }

    /**
     * The file number as it will be kept (spaces trimmed, runs of spaces made one), or null when none is given.
     *
     * @throws InvalidInputException naming {@code field} when it is not the shape of a file number
     */
    public static String check(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().codePoints().anyMatch(Character::isISOControl)) {
            // one line, as on the cover: a line break or a control code in it is a mistake, not a space to tidy
            throw InvalidInputException.onField(field, "error.draft.fileNumber", value.strip());
        }
        var number = value.strip().replaceAll(" +", " ");
        if (number.length() > MAX) {
            throw InvalidInputException.onField(field, "error.draft.fileNumber.tooLong", MAX);
        }
        if (!SHAPE.matcher(number).matches()) {
            throw InvalidInputException.onField(field, "error.draft.fileNumber", number);
        }
        return number;
    }
}
