package pk.gov.mashwara.shared;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads the values of API request parameters; an unknown value is answered with a message that lists the
 * accepted ones. Every controller parses enums and booleans this way, so they all answer alike.
 */
public final class ApiValues {

    private ApiValues() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.onField(name, "error.api.enum", name, value, List.of(type.getEnumConstants()));
        }
    }

    /**
     * A moment in ISO-8601 form ({@code 2026-12-05T12:00:00Z}) within {@link InputRules}' range; null stays null.
     */
    public static Instant parseInstant(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            return InputRules.date(Instant.parse(value.strip()), name);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.onField(name, "error.api.instant", name);
        }
    }

    public static boolean parseBoolean(String value, String name) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0", "" -> false;
            default -> throw InvalidInputException.onField(name, "error.api.boolean", name, value);
        };
    }
}
