package pk.gov.mashwara.review.anchoring;

import java.util.Arrays;

/**
 * A text under edit that remembers, for every character, which character of the original text it is (or -1 for
 * an inserted one): the oracle of where a quoted passage ends up.
 */
final class EditedText {

    private char[] chars;
    private int[] origins;
    private int length;

    EditedText(String original) {
        length = original.length();
        chars = original.toCharArray();
        origins = new int[length];
        Arrays.setAll(origins, i -> i);
    }

    int length() {
        return length;
    }

    char charAt(int i) {
        return chars[i];
    }

    int origin(int i) {
        return origins[i];
    }

    /** Origin of inserted characters. */
    static final int INSERTED = -1;
    /** Origin of characters put in place of some of the quote's: the quote's new wording. */
    static final int REWORDED = -2;

    /** Replaces {@code [from, to)} with {@code inserted}, whose characters have the given origin. */
    void replace(int from, int to, String inserted, int origin) {
        int[] origins = new int[inserted.length()];
        Arrays.fill(origins, origin);
        replace(from, to, inserted.toCharArray(), origins);
    }

    /** Moves {@code [from, to)} so that it starts at {@code at} of the text without it; origins travel along. */
    void move(int from, int to, int at) {
        char[] movedChars = Arrays.copyOfRange(chars, from, to);
        int[] movedOrigins = Arrays.copyOfRange(origins, from, to);
        replace(from, to, new char[0], new int[0]);
        replace(at, at, movedChars, movedOrigins);
    }

    private void replace(int from, int to, char[] insertedChars, int[] insertedOrigins) {
        int newLength = length - (to - from) + insertedChars.length;
        char[] c = new char[newLength];
        int[] o = new int[newLength];
        System.arraycopy(chars, 0, c, 0, from);
        System.arraycopy(origins, 0, o, 0, from);
        System.arraycopy(insertedChars, 0, c, from, insertedChars.length);
        System.arraycopy(insertedOrigins, 0, o, from, insertedChars.length);
        System.arraycopy(chars, to, c, from + insertedChars.length, length - to);
        System.arraycopy(origins, to, o, from + insertedChars.length, length - to);
        chars = c;
        origins = o;
        length = newLength;
    }

    /** Whether any character in {@code [from, to)} stems from the original range {@code [start, end)} or rewords it. */
    boolean touches(int from, int to, int start, int end) {
        for (int i = Math.max(0, from); i < Math.min(length, to); i++) {
            if (origins[i] >= start && origins[i] < end || origins[i] == REWORDED) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the surviving characters of the original {@code [start, end)}, and those reworded in their place, now
     * are: {first, last + 1}, or null.
     */
    int[] whereIs(int start, int end) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < length; i++) {
            if (origins[i] >= start && origins[i] < end || origins[i] == REWORDED) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last + 1};
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
