package pk.gov.mashwara.review.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Cheap search for the regions of a long text where an edited quote may stand, so that the costly alignment runs
 * only there. By the pigeonhole principle, when the quote is split into more pieces than it has edits, at least
 * one piece survives unchanged; every exact occurrence of a piece votes for the place where the quote would then
 * start. Pieces of the quote's context vote too, so a heavily edited quote is still looked for between its old
 * neighbours. The places with most votes become the regions.
 */
final class CandidateRegions {

    /** Shorter pieces occur everywhere and vote for nothing in particular. */
    private static final int MIN_PIECE = 4;
    private static final int MAX_REGIONS = 8;
    private static final int MAX_EXTRA_REGIONS = 32;

    private CandidateRegions() {
    }

    /**
     * Windows {@code [from, to)} of {@code text} worth aligning {@code quote} against, with at most {@code
     * maxDistance} edits, the likeliest first; overlapping windows are merged. {@code known} is the number of exact
     * occurrences, whose regions will also win votes and must not crowd out the others. Among regions with equal
     * votes, those nearest to {@code expected} (where the quote would stand had nothing moved) come first.
     */
    static List<int[]> find(String text, String quote, String prefix, String suffix, int maxDistance, int known,
            int expected) {
        int m = quote.length();
        int pieces = Math.max(1, Math.min(maxDistance + 1, m / MIN_PIECE));
        int length = m / pieces;
        // piece text -> the offsets, relative to the quote's start, at which the quote would then start
        var table = new PieceTable(length);
        for (int p = 0; p < pieces; p++) {
            table.add(quote, p * length, p * length);
        }
        for (int at = prefix.length() - length; at >= 0; at -= length) {
            table.add(prefix, at, at - prefix.length());
        }
        for (int at = 0; at + length <= suffix.length(); at += length) {
            table.add(suffix, at, m + at);
        }
        int bin = Math.max(16, maxDistance / 2);
        int[] votes = new int[text.length() / bin + 2];
        // each piece votes once per bin: a piece that repeats side by side (a line of dashes under a heading,
        // a run of dots in a table of contents) would otherwise pour its votes into one bin and outvote the quote
        int[] lastBin = new int[table.size()];
        Arrays.fill(lastBin, -1);
        table.scan(text, (position, offset, entry) -> {
            int start = position - offset;
            if (start > -bin && start < text.length()) {
                int b = Math.max(0, start) / bin;
                if (lastBin[entry] != b) {
                    lastBin[entry] = b;
                    votes[b]++;
                }
            }
        });
        return regions(votes, bin, text.length(), m, maxDistance, MAX_REGIONS + Math.min(known, MAX_EXTRA_REGIONS),
                expected / bin);
    }

    private static List<int[]> regions(int[] votes, int bin, int n, int m, int maxDistance, int wanted,
            int expectedBin) {
        int[] summed = new int[votes.length];
        for (int b = 0; b < votes.length; b++) {
            summed[b] = votes[b] + (b > 0 ? votes[b - 1] : 0) + (b + 1 < votes.length ? votes[b + 1] : 0);
        }
        Integer[] order = new Integer[votes.length];
        for (int b = 0; b < order.length; b++) {
            order[b] = b;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(b -> -summed[b])
                .thenComparingInt(b -> Math.abs(b - expectedBin)));
        // a region with a quarter of the leader's votes or less has lost most of the quote: it could neither win nor
        // come close enough to rival the leader
        int least = Math.max(1, summed[order[0]] / 4 + 1);
        var chosen = new ArrayList<Integer>();
        for (int b : order) {
            if (chosen.size() == wanted || summed[b] < least) {
                break;
            }
            if (chosen.stream().noneMatch(c -> Math.abs(c - b) <= 1)) {
                chosen.add(b);
            }
        }
        // most votes first, so that a caller with a budget aligns the likeliest regions; a window overlapping an
        // earlier one widens it instead
        var windows = new ArrayList<int[]>();
        for (int b : chosen) {
            int from = Math.max(0, (b - 1) * bin - maxDistance - 1);
            int to = Math.min(n, (b + 2) * bin + m + maxDistance + 1);
            var overlapping = windows.stream().filter(w -> from <= w[1] && w[0] <= to).findFirst();
            if (overlapping.isPresent()) {
                overlapping.get()[0] = Math.min(overlapping.get()[0], from);
                overlapping.get()[1] = Math.max(overlapping.get()[1], to);
            } else {
                windows.add(new int[] {from, to});
            }
        }
        return windows;
    }

    /** Receives each place where a piece occurs. */
    private interface Hit {
        void at(int position, int offset, int entry);
    }

    /** The pieces, all of one length, in an open-addressing table keyed by a rolling hash. */
    private static final class PieceTable {

        private static final long BASE = 0x100000001B3L;

        private final int length;
        private final long power;
        private final List<String> texts = new ArrayList<>();
        private int[] offsets = new int[16];
        private int[] next = new int[16]; // next entry + 1 with the same key, 0 for none
        private long[] keys = new long[64];
        private int[] heads = new int[64]; // first entry + 1 for a key, 0 for an empty slot

        PieceTable(int length) {
            this.length = length;
            long p = 1;
            for (int i = 1; i < length; i++) {
                p *= BASE;
            }
            this.power = p;
        }

        int size() {
            return texts.size();
        }

        void add(String source, int at, int offset) {
            int entry = texts.size();
            if (entry == offsets.length) {
                offsets = Arrays.copyOf(offsets, entry * 2);
                next = Arrays.copyOf(next, entry * 2);
            }
            texts.add(source.substring(at, at + length));
            offsets[entry] = offset;
            if (texts.size() * 4 > keys.length) {
                keys = new long[keys.length * 2];
                heads = new int[heads.length * 2];
                for (int e = 0; e < texts.size(); e++) {
                    insert(hash(texts.get(e)), e);
                }
            } else {
                insert(hash(texts.get(entry)), entry);
            }
        }

        private void insert(long key, int entry) {
            int slot = find(key);
            next[entry] = heads[slot];
            keys[slot] = key;
            heads[slot] = entry + 1;
        }

        private int find(long key) {
            int slot = (int) ((key ^ (key >>> 29)) * 0x9E3779B97F4A7C15L >>> 40) & (keys.length - 1);
            while (heads[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            return slot;
        }

        void scan(String text, Hit hit) {
            if (text.length() < length) {
                return;
            }
            long h = hash(text.substring(0, length));
            for (int position = 0; ; position++) {
                for (int e = heads[find(h)] - 1; e >= 0; e = next[e] - 1) {
                    if (text.startsWith(texts.get(e), position)) {
                        hit.at(position, offsets[e], e);
                    }
                }
                if (position + length >= text.length()) {
                    return;
                }
                h = (h - text.charAt(position) * power) * BASE + text.charAt(position + length);
            }
        }

        private static long hash(String s) {
            long h = 0;
            for (int i = 0; i < s.length(); i++) {
                h = h * BASE + s.charAt(i);
            }
            return h;
        }
    }
}
