package pk.gov.mashwara.review.anchoring;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Thousands of generated edits, each checked against an oracle that tracks where every character of the quoted
 * passage went: a relocation is either outdated or overlaps the passage's true new place, never elsewhere.
 * <p>
 * Reproduce with {@code -Danchoring.seed=S} (and {@code -Danchoring.only=I} for one case); change the number of
 * cases with {@code -Danchoring.cases=N}.
 */
class RelocatorRandomizedTest {

    private static final long SEED = Long.getLong("anchoring.seed", 20260301L);
    private static final int CASES = Integer.getInteger("anchoring.cases", 5000);
    private static final Integer ONLY = Integer.getInteger("anchoring.only");

    enum Scenario { INTACT, LIGHT, HEAVY, DELETED, SPACING, MOVED, NEIGHBOURS }

    record Case(int index, Scenario scenario, String oldText, TextAnchor anchor, String newText, int[] origins,
            int[] truth, int[] extended, boolean intact, boolean inRepeat, List<String> edits) {

        /** Where the quote's surviving original characters are, or its whole new place if none survived. */
        int[] core() {
            int first = -1;
            int last = -1;
            for (int i = truth[0]; i < truth[1]; i++) {
                if (origins[i] >= anchor.start() && origins[i] < anchor.end()) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            return first < 0 ? truth : new int[] {first, last + 1};
        }

        /** Whether the quote's old context stands unchanged around its new place. */
        boolean contextKept() {
            return truth != null && newText.startsWith(anchor.prefix(), truth[0] - anchor.prefix().length())
                    && newText.startsWith(anchor.suffix(), truth[1]);
        }

        String describe(Relocation result) {
            return "case " + index + " (seed " + SEED + ", -Danchoring.only=" + index + ") " + scenario
                    + (inRepeat ? " in a repeated sentence" : "") + "\n  anchor " + show(anchor) + "\n  edits "
                    + edits + "\n  truth " + (truth == null ? "gone" : truth[0] + ".." + truth[1] + " "
                    + quote(newText.substring(truth[0], truth[1])))
                    + "\n  result " + result.placement() + " " + (result.anchor() == null ? "" : show(result.anchor()))
                    + " confidence " + result.confidence();
        }

        private static String show(TextAnchor a) {
            return a.start() + ".." + a.end() + " " + quote(a.prefix()) + " [" + quote(a.exact()) + "] "
                    + quote(a.suffix());
        }

        private static String quote(String s) {
            var shown = s.length() > 300 ? s.substring(0, 150) + "…" + s.substring(s.length() - 150) : s;
            return '"' + shown.replace("\n", "\\n") + '"';
        }
    }

    @Test
    void relocation_is_outdated_or_on_the_true_passage_and_light_edits_are_followed() {
        var failures = new ArrayList<String>();
        Map<Scenario, int[]> placements = new EnumMap<>(Scenario.class);
        int lightCases = 0;
        int lightFollowed = 0;
        int keptCases = 0;
        int keptFollowed = 0;
        int indistinguishable = 0;
        for (int i = ONLY == null ? 0 : ONLY; i < (ONLY == null ? CASES : ONLY + 1); i++) {
            var c = generate(i);
            Relocation result;
            try {
                result = Relocator.relocate(c.anchor(), c.newText());
            } catch (RuntimeException e) {
                failures.add("threw " + e + "\n" + c.describe(Relocation.outdated()));
                continue;
            }
            placements.computeIfAbsent(c.scenario(), s -> new int[3])[result.placement().ordinal()]++;
            var problem = problem(c, result);
            if ("indistinguishable".equals(problem)) {
                indistinguishable++;
            } else if (problem != null) {
                failures.add(problem + "\n" + c.describe(result));
            }
            if (c.scenario() == Scenario.LIGHT && c.anchor().exact().length() >= 40 && !c.inRepeat()) {
                boolean followed = result.placement() != Placement.OUTDATED;
                lightCases++;
                lightFollowed += followed ? 1 : 0;
                if (c.contextKept()) {
                    keptCases++;
                    keptFollowed += followed ? 1 : 0;
                }
            }
        }
        var summary = new StringBuilder("seed " + SEED + ", placements EXACT/MOVED/OUTDATED per scenario:");
        placements.forEach((s, n) -> summary.append(' ').append(s).append('=').append(n[0]).append('/')
                .append(n[1]).append('/').append(n[2]));
        summary.append("; one word edited in a long quote: followed ").append(keptFollowed).append('/')
                .append(keptCases).append(" with its context kept, ").append(lightFollowed).append('/')
                .append(lightCases).append(" in all")
                .append("; indistinguishable copies ").append(indistinguishable);
        if (!failures.isEmpty()) {
            fail(failures.size() + " wrong relocations, " + summary + "\n" + String.join("\n", failures.subList(0,
                    Math.min(10, failures.size()))));
        }
        System.out.println(summary);
        if (ONLY == null && keptCases > 0) {
            assertTrue(keptFollowed >= 0.9 * keptCases, "light edits followed too rarely: " + summary);
            assertTrue(indistinguishable <= CASES / 100, "too many landings on repeats: " + summary);
        }
    }

    /** What is wrong with {@code result} for {@code c}; "indistinguishable" for a copy that no anchor can tell. */
    private static String problem(Case c, Relocation result) {
        if (result.placement() == Placement.OUTDATED) {
            return null;
        }
        var a = result.anchor();
        String text = c.newText();
        if (!a.matches(text) || !a.equals(TextAnchor.at(text, a.start(), a.end()))) {
            return "the new anchor does not describe the new text";
        }
        if (splits(text, a.start()) || splits(text, a.end())) {
            return "a surrogate pair is split";
        }
        if (result.placement() == Placement.EXACT && !a.exact().equals(c.anchor().exact())) {
            return "EXACT with another quote";
        }
        int[] truth = c.truth();
        boolean overlaps = truth != null && a.start() < truth[1] && truth[0] < a.end();
        if (!overlaps || result.placement() == Placement.EXACT && c.intact()
                && (a.start() != truth[0] || a.end() != truth[1])) {
            return repeatOfTheQuote(c, a) ? "indistinguishable" : "wrong passage";
        }
        if (result.placement() == Placement.MOVED) {
            // an edge may include or leave out what was inserted next to it, or what replaced the quote's own edge
            int tolerance = Math.max(4, c.anchor().exact().length() / 10);
            int[] ext = c.extended();
            int[] core = c.core();
            if (a.start() < ext[0] - tolerance || a.start() > core[0] + tolerance
                    || a.end() < core[1] - tolerance || a.end() > ext[1] + tolerance) {
                return "MOVED to a range too far off the true one";
            }
        }
        return null;
    }

    /**
     * Whether the place found stems from a repeat of the quote that the anchor hardly told apart from its passage
     * even in the old text: the same quote, with context at least 75% alike on both sides (spacing aside, as the
     * relocation compares it). Only quote and context are known of the old passage, so no relocation can be blamed
     * for taking such a repeat.
     */
    private static boolean repeatOfTheQuote(Case c, TextAnchor found) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (int i = found.start(); i < found.end(); i++) {
            int origin = c.origins()[i];
            if (origin >= 0) {
                from = Math.min(from, origin);
                to = Math.max(to, origin + 1);
            }
        }
        if (to < 0 || !c.oldText().substring(from, to).equals(c.anchor().exact())) {
            return false;
        }
        var repeat = TextAnchor.at(c.oldText(), from, to);
        String prefix = FoldedText.fold(repeat.prefix());
        return EditDistance.contextSimilarity(FoldedText.fold(c.anchor().prefix()), prefix, prefix.length(), true)
                >= 0.75 && EditDistance.contextSimilarity(FoldedText.fold(c.anchor().suffix()),
                        FoldedText.fold(repeat.suffix()), 0, false) >= 0.75;
    }

    private static boolean splits(String text, int at) {
        return at > 0 && at < text.length() && Character.isHighSurrogate(text.charAt(at - 1))
                && Character.isLowSurrogate(text.charAt(at));
    }

    private static Case generate(int index) {
        var random = new SplittableRandom(SEED * 0x9E3779B97F4A7C15L + index);
        var texts = new RandomTexts(random, random.nextInt(5) == 0 ? RandomTexts.URDU : RandomTexts.LATIN);
        var repeated = new ArrayList<String>();
        for (int s = random.nextInt(4); s > 0; s--) {
            repeated.add(texts.sentence(6 + random.nextInt(15)));
        }
        String old = texts.text(300 + random.nextInt(2200), repeated);
        var repeats = new ArrayList<int[]>();
        for (var sentence : repeated) {
            for (int at = old.indexOf(sentence); at >= 0; at = old.indexOf(sentence, at + 1)) {
                repeats.add(new int[] {at, at + sentence.length()});
            }
        }
        int length = quoteLength(random, old.length());
        // three quotes in ten start in or near a repeated sentence
        int start = !repeats.isEmpty() && random.nextInt(10) < 3
                ? clamp(repeats.get(random.nextInt(repeats.size()))[0] + random.nextInt(-20, 40), 0,
                        old.length() - length)
                : random.nextInt(old.length() - length + 1);
        int end = start + length;
        if (splits(old, start)) {
            start++;
        }
        if (splits(old, end)) {
            end++;
        }
        var anchor = TextAnchor.at(old, start, end);
        int s = start;
        int e = end;
        boolean inRepeat = repeats.stream().anyMatch(r -> r[0] < e && s < r[1]);
        var scenario = Scenario.values()[random.nextInt(Scenario.values().length)];
        var edited = new EditedText(old);
        var edits = new ArrayList<String>();
        new Editor(random, texts, edited, s, e, edits).apply(scenario);
        int[] truth = edited.whereIs(s, e);
        boolean intact = truth != null && truth[1] - truth[0] == e - s;
        for (int i = 0; intact && i < e - s; i++) {
            intact = edited.origin(truth[0] + i) == s + i;
        }
        int[] extended = null;
        if (truth != null) {
            extended = truth.clone();
            while (extended[0] > 0 && edited.origin(extended[0] - 1) == EditedText.INSERTED) {
                extended[0]--;
            }
            while (extended[1] < edited.length() && edited.origin(extended[1]) == EditedText.INSERTED) {
                extended[1]++;
            }
        }
        int[] origins = new int[edited.length()];
        for (int i = 0; i < origins.length; i++) {
            origins[i] = edited.origin(i);
        }
        return new Case(index, scenario, old, anchor, edited.toString(), origins, truth, extended, intact, inRepeat,
                edits);
    }

    private static int quoteLength(SplittableRandom random, int textLength) {
        int roll = random.nextInt(100);
        int length = roll < 10 ? 1 + random.nextInt(7) : roll < 45 ? 8 + random.nextInt(52)
                : roll < 85 ? 60 + random.nextInt(340) : 400 + random.nextInt(1600);
        return Math.min(length, textLength - 2);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }
}
