package pk.gov.mashwara.shared;

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
            throw new InvalidInputException("error.api.enum", name, value, List.of(type.getEnumConstants()));
        }
    }

    public static boolean parseBoolean(String value, String name) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0", "" -> false;
            default -> throw new InvalidInputException("error.api.boolean", name, value);
        };
    }
}
