package pk.gov.mashwara.shared.ui;

import java.util.Locale;

import pk.gov.mashwara.shared.Messages;

/**
 * Keeps a fragment of one direction whole inside text of the other. In an Urdu sentence or cell, a timestamp
 * ({@code 06/12/2026 14:14}), a file name, a diary number ({@code NSMCWG/2026/0005}), a user id, a hash or a number
 * with its unit would otherwise be reordered by the Unicode bidirectional algorithm around the Urdu beside it (the
 * date and the time swap places, {@code 12.5 KB} becomes {@code KB 12.5}). Wrapped in Unicode directional isolates
 * (as an HTML {@code <bdi>} would), the fragment is laid out on its own and placed as one unit.
 */
public final class Bidi {

    /** FIRST STRONG ISOLATE: the fragment takes the direction of its first letter (left to right when it has none). */
    public static final char FSI = '\u2068';
    /** LEFT-TO-RIGHT ISOLATE. */
    public static final char LRI = '\u2066';
    /** POP DIRECTIONAL ISOLATE: ends the isolate. */
    public static final char PDI = '\u2069';

    private Bidi() {
    }

    /**
     * The fragment isolated, taking the direction of its first letter: for text that may be in either script
     * (a file name, a user's name). Empty for null or empty.
     */
    public static String isolate(String fragment) {
        return fragment == null || fragment.isEmpty() ? "" : FSI + fragment + PDI;
    }

    /**
     * The fragment isolated and always laid out left to right: for what is written left to right in any
     * language (timestamps, diary numbers, hashes, numbers with units). Empty for null or empty.
     */
    public static String ltr(String fragment) {
        return fragment == null || fragment.isEmpty() ? "" : LRI + fragment + PDI;
    }

    /** {@link #ltr} in a right-to-left language, the fragment as it is otherwise. */
    public static String ltr(String fragment, Locale locale) {
        if (fragment == null) {
            return "";
        }
        return Messages.isRightToLeft(locale) ? ltr(fragment) : fragment;
    }

    /** The text without any directional isolate, e.g. to compare what is shown with what was stored. */
    public static String strip(String text) {
        if (text == null) {
            return "";
        }
        var plain = new StringBuilder(text.length());
        text.codePoints().filter(c -> c < 0x2066 || c > 0x2069).forEach(plain::appendCodePoint);
        return plain.toString();
    }
}
