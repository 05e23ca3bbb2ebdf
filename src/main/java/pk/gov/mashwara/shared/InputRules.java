package pk.gov.mashwara.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What the portal accepts as text and as a date from anyone outside it, in one place, so that the API (JSON bodies,
 * parameters), the services and every database answer alike.
 * <ul>
 * <li><b>Text</b> holds no NUL (U+0000) and no half of a UTF-16 surrogate pair without its other half. Such text is
 * refused, not repaired: a NUL has no place in anything a person writes, and an unpaired surrogate is a broken
 * character that a strict JSON or XML reader downstream (and the review record's PDF) cannot carry; replacing it
 * silently would change what the user sent without telling them.</li>
 * <li><b>Dates</b> lie from 1 January 1900 to 31 December 2999 (UTC). Every date the portal takes (deadlines, the
 * dates of meetings, decisions and gazette notifications) is in this range; outside it, MariaDB refuses years past
 * 9999 (a 500 where H2 said 200) and nothing a ministry dates is earlier than 1900.</li>
 * </ul>
 */
public final class InputRules {

    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);
    public static final Instant FIRST_INSTANT = FIRST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    /** The first moment after the range. */
    public static final Instant END_INSTANT = LAST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private InputRules() {
    }

    /** The text as given; refused when it holds a NUL or an unpaired surrogate. {@code name} says which field. */
    public static String text(String value, String name) {
        var problem = problem(value);
        if (problem != null) {
            throw InvalidInputException.onField(name, problem, name);
        }
        return value;
    }

    /** The message key of what is wrong with the text, or null when nothing is (also for null). */
    public static String problem(CharSequence value) {
        if (value == null) {
            return null;
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == 0) {
                return "error.input.nul";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return "error.input.surrogate";
                }
            } else if (Character.isLowSurrogate(c)) {
                return "error.input.surrogate";
            }
        }
        return null;
    }

    /** The moment as given, when it lies in the range; null stays null. */
    public static Instant date(Instant value, String name) {
        if (value != null && (value.isBefore(FIRST_INSTANT) || !value.isBefore(END_INSTANT))) {
            throw outOfRange(name);
        }
        return value;
    }

    /** The day as given, when it lies in the range; null stays null. */
    public static LocalDate date(LocalDate value, String name) {
        if (value != null && (value.isBefore(FIRST_DATE) || value.isAfter(LAST_DATE))) {
            throw outOfRange(name);
        }
        return value;
    }

    public static boolean inRange(LocalDate value) {
        return value != null && !value.isBefore(FIRST_DATE) && !value.isAfter(LAST_DATE);
    }

    private static InvalidInputException outOfRange(String name) {
        return InvalidInputException.onField(name, "error.input.dateRange", name, FIRST_DATE.toString(), LAST_DATE.toString());
    }
}
