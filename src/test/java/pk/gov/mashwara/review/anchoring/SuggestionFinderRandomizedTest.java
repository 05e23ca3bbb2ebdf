package pk.gov.mashwara.review.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Generated suggestions on generated texts, and a later text made from each in a known way: the suggestion
 * applied word for word (with unrelated edits elsewhere, and sometimes in the words just around it), applied with
 * one of its words changed (a deletion: one word of its passage left, at times at the start of its paragraph,
 * where the stretch has no context on that side), not applied (only unrelated edits), or its whole paragraph
 * rewritten. Each verdict
 * must be the one the later text was made for; a wrong verdict fails the test with the seed and case that
 * reproduce it ({@code -Dsuggestions.seed=S -Dsuggestions.only=I}).
 */
class SuggestionFinderRandomizedTest {

    private static final long SEED = Long.getLong("suggestions.seed", System.nanoTime());
    private static final int CASES = Integer.getInteger("suggestions.cases", 1500);
    private static final Integer ONLY = Integer.getInteger("suggestions.only");

    @Test
    void every_verdict_is_the_one_the_later_text_was_made_for() {
        var wrong = new ArrayList<String>();
        Map<SuggestionCases.Scenario, int[]> tally = new EnumMap<>(SuggestionCases.Scenario.class);
        for (int i = ONLY == null ? 0 : ONLY; i < (ONLY == null ? CASES : ONLY + 1); i++) {
            var c = SuggestionCases.generate(new SplittableRandom(SEED * 31 + i), i);
            var finding = SuggestionFinder.find(c.oldText(), c.from(), c.to(), c.wording(), c.newText());
            tally.computeIfAbsent(c.scenario(), s -> new int[SuggestionFinder.Outcome.values().length])
                    [finding.outcome().ordinal()]++;
            // a deletion made only in part may be judged "not found" (missed, seen by the secretary), never more
            boolean missedIsRight = c.scenario() == SuggestionCases.Scenario.APPLIED_WITH_CHANGES
                    && c.kind() == SuggestionCases.Kind.DELETE && finding.outcome() == SuggestionFinder.Outcome.NOT_FOUND;
            if (finding.outcome() != c.expected() && !missedIsRight) {
                wrong.add("case " + i + " (-Dsuggestions.seed=" + SEED + " -Dsuggestions.only=" + i + ") "
                        + c.describe() + "\n  got " + finding.outcome() + " found " + finding.found());
            }
        }
        assertThat(wrong).as("wrong verdicts with seed %d (tally %s)", SEED, show(tally)).isEmpty();
        // every scenario was generated and judged
        assertThat(tally).containsOnlyKeys(SuggestionCases.Scenario.values());
    }

    private static String show(Map<SuggestionCases.Scenario, int[]> tally) {
        var out = new StringBuilder();
        tally.forEach((s, n) -> out.append(s).append(' ').append(java.util.Arrays.toString(n)).append("; "));
        return out.toString();
    }

    @Test
    void a_verdict_is_never_given_on_an_empty_later_text_and_a_no_op_edit_is_refused() {
        var old = "The Authority may block any content. It shall record its reasons in writing.";
        int from = old.indexOf("may");
        assertThat(SuggestionFinder.find(old, from, from + 3, "shall", "").outcome())
                .isEqualTo(SuggestionFinder.Outcome.NOT_FOUND);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SuggestionFinder.find(old, from, from + 3, "may", old));
    }

    @Test
    void urdu_wording_replaced_is_found() {
        var old = "اتھارٹی کسی بھی مواد کو بلاک کر سکتی ہے۔ وہ اپنی وجوہات تحریری طور پر درج کرے گی۔ یہ قواعد فوری نافذ ہوں گے۔";
        int from = old.indexOf("کسی بھی");
        int to = from + "کسی بھی".length();
        var later = old.replace("کسی بھی", "صرف غیر قانونی");
        var finding = SuggestionFinder.find(old, from, to, "صرف غیر قانونی", later);
        assertThat(finding.outcome()).isEqualTo(SuggestionFinder.Outcome.AS_PROPOSED);
        assertThat(SuggestionFinder.find(old, from, to, "صرف غیر قانونی", old).outcome())
                .isEqualTo(SuggestionFinder.Outcome.NOT_FOUND);
    }

    /** Cases shared with the benchmark. */
    static final class SuggestionCases {

        enum Scenario { APPLIED, APPLIED_CONTEXT_EDITED, APPLIED_WITH_CHANGES, NOT_APPLIED, PARAGRAPH_REWRITTEN }

        enum Kind { REPLACE, DELETE, INSERT_AFTER }

        record Case(int index, Scenario scenario, Kind kind, String oldText, int from, int to, String wording,
                String newText, SuggestionFinder.Outcome expected) {

            String describe() {
                return scenario + " " + kind + " [" + oldText.substring(from, to) + "] → [" + wording + "]";
            }
        }

        static Case generate(SplittableRandom random, int index) {
            var words = new RandomTexts(random, random.nextInt(4) == 0 ? RandomTexts.URDU : RandomTexts.LATIN);
            // paragraphs of sentences; the suggestion is on a run of words of one sentence
            var paragraphs = new ArrayList<List<String>>();
            int count = 3 + random.nextInt(6);
            for (int p = 0; p < count; p++) {
                var sentences = new ArrayList<String>();
                int n = 2 + random.nextInt(4);
                for (int s = 0; s < n; s++) {
                    sentences.add(words.sentence(8 + random.nextInt(10)));
                }
                paragraphs.add(sentences);
            }
            int pi = random.nextInt(count);
            int si = random.nextInt(paragraphs.get(pi).size());
            var sentence = paragraphs.get(pi).get(si);
            var tokens = List.of(sentence.substring(0, sentence.length() - 1).split(" "));
            int first = random.nextInt(tokens.size() - 3);
            int length = 1 + random.nextInt(Math.min(6, tokens.size() - first - 1));
            var kind = Kind.values()[random.nextInt(3)];
            var scenario = Scenario.values()[random.nextInt(Scenario.values().length)];
            boolean partDeleted = scenario == Scenario.APPLIED_WITH_CHANGES && kind == Kind.DELETE;
            if (partDeleted) {
                // a deletion made in part: a passage of three words or more, one of them left; half of them at the
                // start of a paragraph, where the stretch looked for has no context before the edit
                if (random.nextBoolean()) {
                    si = 0;
                    sentence = paragraphs.get(pi).get(si);
                    tokens = List.of(sentence.substring(0, sentence.length() - 1).split(" "));
                    first = 0;
                }
                length = Math.max(3, Math.min(length, tokens.size() - first - 1));
            }
            var proposed = new ArrayList<String>();
            int proposedWords = 2 + random.nextInt(6) + (scenario == Scenario.APPLIED_WITH_CHANGES ? 2 : 0);
            for (int w = 0; w < proposedWords; w++) {
                proposed.add(words.word());
            }
            var wording = kind == Kind.DELETE ? "" : String.join(" ", proposed);
            var old = render(paragraphs);
            int sentenceAt = offsetOf(paragraphs, pi, si);
            int passageFrom = sentenceAt + String.join(" ", tokens.subList(0, first)).length() + (first == 0 ? 0 : 1);
            int passageTo = passageFrom + String.join(" ", tokens.subList(first, first + length)).length();
            // the edit as the finder is given it: the range replaced and the text put there
            int from = kind == Kind.INSERT_AFTER ? passageTo : passageFrom;
            int to = passageTo;
            var put = switch (kind) {
                case REPLACE -> wording;
                case DELETE -> "";
                case INSERT_AFTER -> " " + wording;
            };
            // the later text: unrelated edits in other paragraphs first (they keep every offset of this one)
            var later = new ArrayList<List<String>>();
            paragraphs.forEach(p -> later.add(new ArrayList<>(p)));
            for (int e = 0; e < 1 + random.nextInt(4); e++) {
                int other = random.nextInt(count);
                if (other != pi) {
                    var ss = later.get(other);
                    ss.set(random.nextInt(ss.size()), words.sentence(8 + random.nextInt(10)));
                }
            }
            if (random.nextBoolean()) {
                later.add(0, List.of(words.sentence(12)));
                pi++;
            }
            var expected = SuggestionFinder.Outcome.AS_PROPOSED;
            var target = later.get(pi);
            var edited = sentence.substring(0, from - sentenceAt) + put + sentence.substring(to - sentenceAt);
            switch (scenario) {
                case APPLIED -> target.set(si, edited);
                case APPLIED_CONTEXT_EDITED -> {
                    // the suggestion made, and a word of another sentence of the paragraph changed
                    target.set(si, edited);
                    if (target.size() > 1) {
                        int other = si == 0 ? 1 : si - 1;
                        var ws = new ArrayList<>(List.of(target.get(other).split(" ")));
                        ws.set(random.nextInt(ws.size() - 1), words.word());
                        target.set(other, String.join(" ", ws));
                    }
                }
                case APPLIED_WITH_CHANGES -> {
                    if (partDeleted) {
                        var left = tokens.get(first + length / 2);
                        target.set(si, sentence.substring(0, from - sentenceAt) + left + sentence.substring(to - sentenceAt));
                        expected = SuggestionFinder.Outcome.CHANGED;
                        break;
                    }
                    var changed = new ArrayList<>(proposed);
                    changed.set(1 + random.nextInt(changed.size() - 2), words.word());
                    var put2 = (kind == Kind.INSERT_AFTER ? " " : "") + String.join(" ", changed);
                    target.set(si, sentence.substring(0, from - sentenceAt) + put2 + sentence.substring(to - sentenceAt));
                    expected = SuggestionFinder.Outcome.CHANGED;
                }
                case NOT_APPLIED -> expected = SuggestionFinder.Outcome.NOT_FOUND;
                case PARAGRAPH_REWRITTEN -> {
                    later.set(pi, List.of(words.sentence(15), words.sentence(12)));
                    expected = SuggestionFinder.Outcome.NOT_FOUND;
                }
            }
            return new Case(index, scenario, kind, old, from, to, put, render(later), expected);
        }

        private static String render(List<List<String>> paragraphs) {
            var out = new StringBuilder();
            for (var p : paragraphs) {
                out.append(String.join(" ", p)).append("\n\n");
            }
            return out.toString();
        }

        private static int offsetOf(List<List<String>> paragraphs, int pi, int si) {
            int at = 0;
            for (int p = 0; p < pi; p++) {
                at += String.join(" ", paragraphs.get(p)).length() + 2;
            }
            for (int s = 0; s < si; s++) {
                at += paragraphs.get(pi).get(s).length() + 1;
            }
            return at;
        }
    }
}
