package pk.gov.mashwara.review.anchoring;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Where the anchor's old surroundings still stand word for word in the new text with no candidate next to them.
 * If the old prefix stands intact there, the passage that followed it has gone or changed beyond recognition, and
 * a candidate elsewhere with a merely similar prefix is a repeat or a shifted look-alike, not the passage (likewise
 * for the suffix). Short or frequent contexts prove nothing and are ignored.
 */
final class Witnesses {

    /** Contexts shorter than this (in folded characters) occur by chance too often to testify. */
    private static final int MIN_LENGTH = 16;
    /** A context found more often than this is boilerplate. */
    private static final int MAX_OCCURRENCES = 4;
    /** Text inserted between the context and the passage, up to this length, is an edit, not a contradiction. */
    private static final int GAP = TextAnchor.CONTEXT;

    private final boolean prefixOrphaned;
    private final boolean suffixOrphaned;

    Witnesses(String text, String prefix, String suffix, List<Candidate> candidates) {
        var starts = new TreeSet<Integer>();
        var ends = new TreeSet<Integer>();
        for (var candidate : candidates) {
            starts.add(candidate.start());
            ends.add(candidate.end());
        }
        // a context intact next to some candidate (the passage or a repeat of it) is no sign of a deletion
        // one character of slack: a run of white space split between quote and context folds into one space,
        // which the quote's side takes
        prefixOrphaned = occurrences(text, prefix, prefix.length()).stream()
                .anyMatch(end -> starts.subSet(end - 1, true, end + GAP, true).isEmpty());
        suffixOrphaned = occurrences(text, suffix, 0).stream()
                .anyMatch(start -> ends.subSet(start - GAP, true, start + 1, true).isEmpty());
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

    /** Whether an orphaned old context speaks against {@code candidate}, whose own context is not intact. */
    boolean contradict(Candidate candidate) {
        return candidate.before() < 1 && prefixOrphaned || candidate.after() < 1 && suffixOrphaned;
    }
}
