package pk.gov.mashwara.draft.api;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.NotFoundException;

/** Reads the API's request parameters, answering unknown values with a message that lists the accepted ones. */
@Component
class ApiParameters {

    private final DirectoryService directory;

    ApiParameters(DirectoryService directory) {
        this.directory = directory;
    }

    /** A committee by code ({@code PTA}) or id. */
    long committeeId(String committee) {
        var value = committee.strip();
        if (value.chars().allMatch(Character::isDigit) && !value.isEmpty() && value.length() < 18) {
            return directory.committee(Long.parseLong(value)).id();
        }
        return directory.committeeByCode(value).orElseThrow(() -> new NotFoundException("error.committee.unknown", value))
                .id();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.api.enum", name, value, List.of(type.getEnumConstants()));
        }
    }

    static boolean parseBoolean(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0", "" -> false;
            default -> throw new InvalidInputException("error.api.boolean", "financialImplications", value);
        };
    }
}
