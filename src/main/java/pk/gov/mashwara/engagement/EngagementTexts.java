package pk.gov.mashwara.engagement;

import java.time.LocalDate;

import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.InvalidInputException;

/** The limits of what the engagement log takes as text and dates; each refusal names its field. */
final class EngagementTexts {

    static final int SUBJECT = 300;
    static final int PARTICIPANTS = 4_000;
    static final int LONG_TEXT = 20_000;
    static final int NOTE = 4_000;
    static final int REFERENCE = 64;

    private EngagementTexts() {
    }

    /** A text that must be given, stripped, at most {@code max} characters. */
    static String required(String value, String field, int max) {
        var clean = optional(value, field, max);
        if (clean == null) {
            throw InvalidInputException.onField(field, "error.engagement.required", field);
        }
        return clean;
    }

    /** A text that may be left out (null when blank), stripped, at most {@code max} characters. */
    static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var clean = InputRules.text(value.strip(), field);
        if (clean.length() > max) {
            throw InvalidInputException.onField(field, "error.engagement.tooLong", field, max);
        }
        return clean;
    }

    static LocalDate date(LocalDate value, String field) {
        if (value == null) {
            throw InvalidInputException.onField(field, "error.engagement.required", field);
        }
        return InputRules.date(value, field);
    }
}
