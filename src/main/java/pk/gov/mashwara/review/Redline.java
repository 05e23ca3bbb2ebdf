package pk.gov.mashwara.review;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.DeltaType;

/**
 * A word-by-word redline of one passage against another: what stays, what goes (struck) and what comes
 * (underlined). White space is kept as written and compared as one space.
 */
public final class Redline {

    public enum Kind {
        SAME, DELETED, INSERTED
    }

    public record Segment(Kind kind, String text) {
    }

    private Redline() {
    }

    public static List<Segment> of(String before, String after) {
        var from = tokens(before == null ? "" : before);
        var to = tokens(after == null ? "" : after);
        var keysFrom = from.stream().map(Redline::key).toList();
        var keysTo = to.stream().map(Redline::key).toList();
        var out = new ArrayList<Segment>();
        int i = 0;
        for (var delta : DiffUtils.diff(keysFrom, keysTo).getDeltas()) {
            int at = delta.getSource().getPosition();
            add(out, Kind.SAME, join(from, i, at));
            if (delta.getType() != DeltaType.INSERT) {
                add(out, Kind.DELETED, join(from, at, at + delta.getSource().size()));
            }
            if (delta.getType() != DeltaType.DELETE) {
                int t = delta.getTarget().getPosition();
                add(out, Kind.INSERTED, join(to, t, t + delta.getTarget().size()));
            }
            i = at + delta.getSource().size();
        }
        add(out, Kind.SAME, join(from, i, from.size()));
        return out;
    }

    /** A suggestion of {@code kind} on {@code passage}, with {@code wording}, as a redline of the passage. */
    public static List<Segment> ofSuggestion(SuggestionKind kind, String passage, String wording) {
        return switch (kind) {
            case REPLACE -> of(passage, wording);
            case DELETE -> List.of(new Segment(Kind.DELETED, passage));
            case INSERT_AFTER -> List.of(new Segment(Kind.SAME, passage),
                    new Segment(Kind.INSERTED, (wording.startsWith(" ") ? "" : " ") + wording));
        };
    }

    private static void add(List<Segment> out, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.getLast().kind() == kind) {
            out.set(out.size() - 1, new Segment(kind, out.getLast().text() + text));
        } else {
            out.add(new Segment(kind, text));
        }
    }

    private static String join(List<String> tokens, int from, int to) {
        return String.join("", tokens.subList(from, to));
    }

    private static String key(String token) {
        return !token.isEmpty() && Character.isWhitespace(token.codePointAt(0)) ? " " : token;
    }

    private static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        int i = 0;
        while (i < text.length()) {
            int start = i;
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || mark(cp)) {
                while (i < text.length() && (Character.isLetterOrDigit(text.codePointAt(i)) || mark(text.codePointAt(i)))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            } else if (Character.isWhitespace(cp)) {
                while (i < text.length() && Character.isWhitespace(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    private static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || cp == 0x200C
                || cp == 0x200D;
    }
}
