package pk.gov.mashwara.directions;

import java.time.LocalDate;

import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.InvalidInputException;

/** The rules every text and date of a letter, a direction or an entry is held to. */
final class Checks {

    private Checks() {
    }

    /** The field as the reader's language names it in a refusal (the field itself is carried apart for the form). */
    static pk.gov.mashwara.shared.Messages.Label label(String field) {
        return pk.gov.mashwara.shared.Messages.field("directions", field);
    }

    /** The text stripped; refused when blank or longer than {@code max}. */
    static String required(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.onField(field, "error.directions.required", label(field));
        }
        return optional(value, field, max);
    }

    /** The text stripped, or null when blank; refused when longer than {@code max}. */
    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = InputRules.text(value, field).strip();
        if (stripped.length() > max) {
            throw InvalidInputException.onField(field, "error.directions.tooLong", label(field), max);
        }
        return stripped;
    }

    /** A date that must be given, in range, and not after {@code latest}. */
    static LocalDate date(LocalDate value, String field, LocalDate latest) {
        if (value == null) {
            throw InvalidInputException.onField(field, "error.directions.required", label(field));
        }
        InputRules.date(value, field);
        if (latest != null && value.isAfter(latest)) {
            throw InvalidInputException.onField(field, "error.directions.dateInFuture", label(field));
        }
        return value;
    }
}
