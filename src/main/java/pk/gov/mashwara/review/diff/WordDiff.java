package pk.gov.mashwara.review.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import pk.gov.mashwara.review.Comparison.Change;
import pk.gov.mashwara.review.Comparison.Segment;

/** The words of one paragraph against those of another: what stayed, what was removed, what was added. */
final class WordDiff {

    private WordDiff() {
    }

    /**
     * The paragraph as stretches of the same, removed and added text, in reading order; empty when comparing it
     * word by word would cost more than the effort allows.
     */
    static Optional<List<Segment>> segments(String from, String to, Effort effort) {
        var a = Words.tokens(from);
        var b = Words.tokens(to);
        if (!effort.takeTokens(a.size() + (long) b.size())) {
            return Optional.empty();
        }
        var changes = Myers.changes(a.stream().map(Words::key).toList(), b.stream().map(Words::key).toList(), effort);
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        var raw = new ArrayList<Segment>();
        int j = 0;
        for (var change : changes.get()) {
            // what both share is shown as the newer text has it (it differs at most in white space)
            raw.add(new Segment(Change.SAME, String.join("", b.subList(j, change.startRevised))));
            raw.add(new Segment(Change.REMOVED, String.join("", a.subList(change.startOriginal, change.endOriginal))));
            raw.add(new Segment(Change.ADDED, String.join("", b.subList(change.startRevised, change.endRevised))));
            j = change.endRevised;
        }
        raw.add(new Segment(Change.SAME, String.join("", b.subList(j, b.size()))));
        return Optional.of(tidy(raw));
    }

    /** The whole paragraph removed and the whole paragraph added, for when words are not compared. */
    static List<Segment> whole(String from, String to) {
        return List.of(new Segment(Change.REMOVED, from), new Segment(Change.ADDED, to));
    }

    /**
     * Reads better: a lone space between two changes joins them (so "a b c" → "x y z" is one removal and one
     * addition rather than three of each), and within each stretch of changes the removed text comes first.
     */
    static List<Segment> tidy(List<Segment> raw) {
        var segments = raw.stream().filter(s -> !s.text().isEmpty()).toList();
        var result = new ArrayList<Segment>();
        var removed = new StringBuilder();
        var added = new StringBuilder();
        for (int k = 0; k < segments.size(); k++) {
            var segment = segments.get(k);
            boolean between = k > 0 && k < segments.size() - 1 && segments.get(k - 1).change() != Change.SAME
                    && segments.get(k + 1).change() != Change.SAME;
            if (segment.change() == Change.SAME && !(between && segment.text().isBlank())) {
                flush(result, removed, added);
                append(result, segment);
            } else if (segment.change() == Change.SAME) {
                removed.append(segment.text());
                added.append(segment.text());
            } else {
                (segment.change() == Change.REMOVED ? removed : added).append(segment.text());
            }
        }
        flush(result, removed, added);
        return slide(result);
    }

    /**
     * A replacement that ends (or begins) with the same white space on both sides gives that space back to the
     * text around it: "ten thousand" became "twenty five hundred", not "ten thousand " "twenty five hundred ".
     */
    private static List<Segment> slide(List<Segment> segments) {
        var result = new ArrayList<Segment>();
        for (int k = 0; k < segments.size(); k++) {
            var segment = segments.get(k);
            if (segment.change() != Change.REMOVED || k + 1 >= segments.size()
                    || segments.get(k + 1).change() != Change.ADDED) {
                append(result, segment);
                continue;
            }
            var removed = segment.text();
            var added = segments.get(++k).text();
            int lead = commonSpace(removed, added, true);
            int trail = commonSpace(removed.substring(lead), added.substring(lead), false);
            append(result, new Segment(Change.SAME, removed.substring(0, lead)));
            append(result, new Segment(Change.REMOVED, removed.substring(lead, removed.length() - trail)));
            append(result, new Segment(Change.ADDED, added.substring(lead, added.length() - trail)));
            append(result, new Segment(Change.SAME, removed.substring(removed.length() - trail)));
        }
        return List.copyOf(result);
    }

    /** The length of the white space both texts begin (or end) with, leaving each at least one other character. */
    private static int commonSpace(String a, String b, boolean leading) {
        int n = 0;
        while (n < a.length() - 1 && n < b.length() - 1) {
            char x = leading ? a.charAt(n) : a.charAt(a.length() - 1 - n);
            char y = leading ? b.charAt(n) : b.charAt(b.length() - 1 - n);
            if (x != y || !Character.isWhitespace(x)) {
                break;
            }
            n++;
        }
        return n;
    }

    private static void flush(List<Segment> result, StringBuilder removed, StringBuilder added) {
        if (!removed.isEmpty()) {
            result.add(new Segment(Change.REMOVED, removed.toString()));
        }
        if (!added.isEmpty()) {
            result.add(new Segment(Change.ADDED, added.toString()));
        }
        removed.setLength(0);
        added.setLength(0);
    }

    private static void append(List<Segment> result, Segment segment) {
        if (segment.text().isEmpty()) {
            return;
        }
        if (!result.isEmpty() && result.getLast().change() == segment.change()) {
            result.set(result.size() - 1, new Segment(segment.change(), result.getLast().text() + segment.text()));
        } else {
            result.add(segment);
        }
    }
}
