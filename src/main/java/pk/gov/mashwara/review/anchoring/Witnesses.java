package pk.gov.mashwara.review.anchoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the anchor's old surroundings still stand word for word in the new text. If the old prefix stands intact
 * somewhere other than just before a candidate, the passage that followed it has gone or changed there, and a
 * candidate with a merely similar prefix is a repeat or a shifted look-alike, not the passage (likewise for the
 * suffix). Short or frequent contexts prove nothing and are ignored.
 */
final class Witnesses {

    /** Contexts shorter than this (in folded characters) occur by chance too often to testify. */
    private static final int MIN_LENGTH = 16;
    /** A context found more often than this is boilerplate. */
    private static final int MAX_OCCURRENCES = 4;
    /** Text inserted between the context and the passage, up to this length, is an edit, not a contradiction. */
    private static final int GAP = TextAnchor.CONTEXT;

    private final List<Integer> prefixEnds;
    private final List<Integer> suffixStarts;

    Witnesses(String text, String prefix, String suffix) {
        prefixEnds = occurrences(text, prefix, prefix.length());
        suffixStarts = occurrences(text, suffix, 0);
    }

    private static List<Integer> occurrences(String text, String context, int shift) {
        var found = new ArrayList<Integer>();
        if (context.length() >= MIN_LENGTH) {
            for (int at = text.indexOf(context); at >= 0; at = text.indexOf(context, at + 1)) {
                if (found.size() == MAX_OCCURRENCES) {
                    return List.of();
                }
                found.add(at + shift);
            }
        }
        return found;
    }

    /** Whether an intact old context elsewhere speaks against {@code candidate}, whose own context is not intact. */
    boolean contradict(Candidate candidate) {
        if (candidate.before() < 1) {
            for (int end : prefixEnds) {
                if (end > candidate.start() || end < candidate.start() - GAP) {
                    return true;
                }
            }
        }
        if (candidate.after() < 1) {
            for (int start : suffixStarts) {
                if (start < candidate.end() || start > candidate.end() + GAP) {
                    return true;
                }
            }
        }
        return false;
    }
}
