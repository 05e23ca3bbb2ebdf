package pk.gov.mashwara.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

import pk.gov.mashwara.review.anchoring.Placement;
import pk.gov.mashwara.review.anchoring.Relocator;
import pk.gov.mashwara.review.anchoring.SuggestionFinder;
import pk.gov.mashwara.review.anchoring.TextAnchor;

/**
 * How long carrying a thread to a new version takes, and what becomes of it, by the length of its quote and how
 * much of it the new version changed. The text is a real long document (the Debian Policy Manual from
 * {@code ../shared/corpus}, about 480,000 characters) or, without the corpus, a generated one of that size. For
 * each case, passages are taken at random places, characters of the quote are replaced, a paragraph is added at
 * the front, and the passage is relocated. The baseline, measured in the same run, is the cheapest possible
 * find: {@code String.indexOf} of the unchanged quote in the new text.
 * <p>
 * Run: {@code ./mvnw -B test-compile exec:java -Dexec.mainClass=pk.gov.mashwara.bench.AnchoringBenchmark
 * -Dexec.classpathScope=test} (options: {@code -Dbench.cases=40}, {@code -Dbench.seed=1},
 * {@code -Dbench.out=docs/benchmarks/anchoring.md}; {@code -Dbench.only=suggestions} measures only the verdicts on
 * suggested wording and replaces that section of the report).
 * <p>
 * Suggested wording: on the same text, a passage and a suggestion (replace, delete, insert after), then a new
 * version made to apply it word for word, apply it with one word changed, or not apply it (each with a paragraph
 * added at the front), and the verdict of {@link SuggestionFinder} compared with what the version was made for.
 */
public final class AnchoringBenchmark {

    static final int[] LENGTHS = { 32, 200, 1000, 4000 };
    /** Edits as a share of the quote: none, light, heavy, near the bound of 25 %, beyond it. */
    static final double[] RATES = { 0, 0.01, 0.05, 0.2, 0.4 };

    private AnchoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = Integer.getInteger("bench.cases", 40);
        long seed = Long.getLong("bench.seed", 1);
        var out = Path.of(System.getProperty("bench.out", "docs/benchmarks/anchoring.md"));
        var corpus = Path.of("..", "shared", "corpus", "debian", "policy.txt");
        var text = Files.isRegularFile(corpus) ? Files.readString(corpus) : generated(480_000, seed);
        var source = Files.isRegularFile(corpus) ? "the Debian Policy Manual (`../shared/corpus/debian/policy.txt`)"
                : "a generated text (the corpus was not found)";
        var random = new Random(seed);
        if ("suggestions".equals(System.getProperty("bench.only"))) {
            var existing = Files.isRegularFile(out) ? Files.readString(out) : "";
            int cut = existing.indexOf(SUGGESTIONS_HEADING);
            var kept = cut < 0 ? existing : existing.substring(0, cut);
            Files.writeString(out, kept.stripTrailing() + "\n\n" + suggestions(text, source, cases * 5, random));
            System.out.println("Report written to " + out);
            return;
        }
        var report = new StringBuilder();
        report.append("# Carrying threads forward: time and outcome\n\n");
        report.append("Measured ").append(Instant.now().toString(), 0, 10).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append(", by `AnchoringBenchmark` (command in its Javadoc). ")
                .append("Text: ").append(source).append(", ").append(String.format(Locale.ROOT, "%,d", text.length()))
                .append(" characters. ").append(cases).append(" passages per row at random places; in each, the given ")
                .append("share of the quote's characters is replaced and a paragraph is added at the front of the text. ")
                .append("*Right* means the thread landed on the passage; *wrong* that it landed elsewhere (never ")
                .append("acceptable); *outdated* that it was marked so. Beyond 25 % edits a passage is meant to be ")
                .append("outdated. Baseline: `String.indexOf` of the unchanged quote, same run.\n\n");
        report.append("| quote | edits | right | outdated | wrong | median ms | p95 ms | baseline median ms | ratio |\n");
        report.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        // warm up the code paths before measuring
        for (int i = 0; i < 20; i++) {
            trial(text, 1000, 0.05, random);
        }
        for (int length : LENGTHS) {
            for (double rate : RATES) {
                int right = 0, outdated = 0, wrong = 0;
                double[] millis = new double[cases];
                double[] baseline = new double[cases];
                for (int c = 0; c < cases; c++) {
                    var trial = trial(text, length, rate, random);
                    millis[c] = trial.millis;
                    baseline[c] = trial.baselineMillis;
                    switch (trial.outcome) {
                        case RIGHT -> right++;
                        case OUTDATED -> outdated++;
                        case WRONG -> wrong++;
                    }
                }
                Arrays.sort(millis);
                Arrays.sort(baseline);
                double median = millis[cases / 2];
                double baseMedian = baseline[cases / 2];
                report.append(String.format(Locale.ROOT, "| %d | %.0f %% | %d | %d | %d | %.1f | %.1f | %.2f | %.0f× |%n",
                        length, rate * 100, right, outdated, wrong, median, millis[(int) Math.ceil(cases * 0.95) - 1],
                        baseMedian, median / Math.max(baseMedian, 0.001)));
                System.out.printf(Locale.ROOT, "%5d chars, %3.0f%% edits: right %d, outdated %d, wrong %d, median %.1f ms%n",
                        length, rate * 100, right, outdated, wrong, median);
            }
        }
        report.append("""

                Reading it: a thread is carried in the background after the new version's text is extracted, never
                during the upload, so these times add to the delay before threads show on the new version, not to
                anyone's wait. Relocation costs hundreds of times a plain search because it aligns the quote with
                every region that may hold an edited copy of it (pigeonhole pieces of the quote and its context vote
                for the regions; Sellers' alignment with at most 25 % edits runs there; the work is capped).

                What this benchmark found and what was changed: its first run on this text (character-level
                passage edges) landed 6 of 800 threads on the wrong passage, each on a twin: the policy manual
                repeats clauses, and when the anchored one was edited away its unchanged twin matched. The old text
                now testifies against such a twin (`LookAlikes`). It also marked up to a quarter of lightly edited
                passages outdated: pieces of underlines (`-----`) under headings outvoted the passage's region, and
                white space at a quote's edge defeated the context check. Each piece now votes once per region, and
                a quote's edge white space is matched as context (`TextAnchor.trimmed`).
                """);
        report.append("\n").append(suggestions(text, source, cases * 5, random));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, report.toString());
        System.out.println("Report written to " + out);
    }

    static final String SUGGESTIONS_HEADING = "## Suggested wording: verdicts against the next version";

    enum Applied { AS_PROPOSED, WITH_A_WORD_CHANGED, NOT_APPLIED }

    /** The section on suggested wording: per kind of suggestion and way the new version treats it, the verdicts. */
    static String suggestions(String text, String source, int cases, Random random) {
        var load = load();
        var out = new StringBuilder(SUGGESTIONS_HEADING).append("\n\n");
        out.append("Measured ").append(Instant.now().toString(), 0, 10).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores (load average before the run: ")
                .append(load).append("), by `AnchoringBenchmark` with `-Dbench.only=suggestions`. Text: ").append(source)
                .append(". ").append(cases).append(" suggestions per row, each on a passage of 1 to 12 whole words at a ")
                .append("random place, proposing 2 to 8 words of the text's own vocabulary; the new version adds a ")
                .append("paragraph at the front and applies the suggestion word for word, applies it with one of its ")
                .append("words changed (a deletion: with one word of the passage left), or does not apply it. ")
                .append("*Right* is the verdict the version was made for; *wrong* a verdict claiming more than the ")
                .append("version holds (never acceptable); *missed* a verdict of *not found* for a suggestion the ")
                .append("version applied.\n\n");
        out.append("| suggestion | new version | right | missed | wrong | median ms | p95 ms |\n");
        out.append("|---|---|---:|---:|---:|---:|---:|\n");
        var vocabulary = text.split("\\s+");
        for (var kind : new String[] {"replace", "delete", "insert after"}) {
            for (var applied : Applied.values()) {
                int right = 0, missed = 0, wrong = 0;
                double[] millis = new double[cases];
                for (int c = 0; c < cases; c++) {
                    var trial = suggestionTrial(text, vocabulary, kind, applied, random);
                    millis[c] = trial[1];
                    switch ((int) trial[0]) {
                        case 0 -> right++;
                        case 1 -> missed++;
                        default -> wrong++;
                    }
                }
                Arrays.sort(millis);
                out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.1f | %.1f |%n", kind,
                        applied.name().toLowerCase(Locale.ROOT).replace('_', ' '), right, missed, wrong,
                        millis[cases / 2], millis[(int) Math.ceil(cases * 0.95) - 1]));
                System.out.printf(Locale.ROOT, "%s / %s: right %d, missed %d, wrong %d%n", kind, applied, right, missed,
                        wrong);
            }
        }
        out.append("""

                Reading it: the verdicts are written in the background once the new version's text is extracted,
                like the carrying of threads, and each costs two relocations (the suggested reading and the
                original one). A *missed* verdict tells the secretary that an accepted point is not found when it
                is there: it is checked by eye, never silently counted as done.
                """);
        return out.toString();
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip().split(" ")[0];
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** {outcome (0 right, 1 missed, 2 wrong), milliseconds}. */
    static double[] suggestionTrial(String text, String[] vocabulary, String kind, Applied applied, Random random) {
        int start = random.nextInt(text.length() - 2000) + 1000;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        int end = start;
        int words = 1 + random.nextInt(12);
        for (int w = 0; w < words; w++) {
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
        }
        var proposedWords = new java.util.ArrayList<String>();
        int n = 2 + random.nextInt(7);
        for (int w = 0; w < n; w++) {
            proposedWords.add(vocabulary[random.nextInt(vocabulary.length)]);
        }
        var proposed = String.join(" ", proposedWords);
        int from = kind.equals("insert after") ? end : start;
        var put = switch (kind) {
            case "replace" -> proposed;
            case "delete" -> "";
            default -> " " + proposed;
        };
        if (text.substring(from, end).equals(put)) {
            put = put + " x";
        }
        String made = put;
        if (applied == Applied.WITH_A_WORD_CHANGED) {
            if (kind.equals("delete")) {
                // one word of the passage left where the passage was
                var passage = text.substring(start, end).strip().split("\\s+");
                made = passage.length > 2 ? passage[passage.length / 2] : null;
            } else {
                proposedWords.set(random.nextInt(proposedWords.size()), "changed");
                made = (kind.equals("replace") ? "" : " ") + String.join(" ", proposedWords);
            }
        }
        var added = "A paragraph added at the front of the new version, before everything else.\n\n";
        var later = added + (applied == Applied.NOT_APPLIED || made == null ? text
                : text.substring(0, from) + made + text.substring(end));
        long t0 = System.nanoTime();
        var finding = SuggestionFinder.find(text, from, end, put, later);
        long t1 = System.nanoTime();
        var expected = switch (applied) {
            case AS_PROPOSED -> SuggestionFinder.Outcome.AS_PROPOSED;
            case WITH_A_WORD_CHANGED -> made == null ? SuggestionFinder.Outcome.NOT_FOUND : SuggestionFinder.Outcome.CHANGED;
            case NOT_APPLIED -> SuggestionFinder.Outcome.NOT_FOUND;
        };
        if (made == null) {
            // a passage too short to leave a word of: the version does not apply it
            later = added + text;
            finding = SuggestionFinder.find(text, from, end, put, later);
        }
        int outcome = finding.outcome() == expected ? 0
                : finding.outcome() == SuggestionFinder.Outcome.NOT_FOUND ? 1 : 2;
        return new double[] {outcome, (t1 - t0) / 1e6};
    }

    enum Outcome { RIGHT, OUTDATED, WRONG }

    /** Keeps the baseline's result alive, so that the compiler cannot drop the search. */
    static long sink;

    record Trial(Outcome outcome, double millis, double baselineMillis) {
    }

    static Trial trial(String text, int length, double rate, Random random) {
        // a passage as a reader selects it: from the start of a word to the end of one, about this long
        int start = random.nextInt(text.length() - length - 200) + 100;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = start + length;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        while (end - start > TextAnchor.MAX_QUOTE || Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        length = end - start;
        var anchor = TextAnchor.at(text, start, end);
        var edited = new StringBuilder(text);
        int edits = (int) Math.round(length * rate);
        for (int i = 0; i < edits; i++) {
            int at = start + random.nextInt(length);
            edited.setCharAt(at, edited.charAt(at) == 'x' ? 'y' : 'x');
        }
        var added = "A paragraph added at the front of the new version, before everything else.\n\n";
        edited.insert(0, added);
        var newText = edited.toString();
        long t0 = System.nanoTime();
        var relocation = Relocator.relocate(anchor, newText, text);
        long t1 = System.nanoTime();
        sink += newText.indexOf(anchor.exact());
        long t2 = System.nanoTime();
        int expected = start + added.length();
        Outcome outcome;
        if (relocation.placement() == Placement.OUTDATED) {
            outcome = Outcome.OUTDATED;
        } else {
            var found = relocation.anchor();
            // right when it overlaps most of where the passage now stands
            int overlap = Math.min(found.end(), expected + length) - Math.max(found.start(), expected);
            outcome = overlap >= length * 0.75 ? Outcome.RIGHT : Outcome.WRONG;
        }
        return new Trial(outcome, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
    }

    private static String generated(int size, long seed) {
        var random = new Random(seed);
        var words = ("platform authority shall within days register complaint officer content order notice user "
                + "penalty federal government rules section clause provided that subject to any law for the time "
                + "being in force data protection lawful access appeal tribunal hearing report").split(" ");
        var sb = new StringBuilder(size + 100);
        while (sb.length() < size) {
            sb.append(words[random.nextInt(words.length)]).append(random.nextInt(14) == 0 ? ".\n\n" : " ");
            if (random.nextInt(40) == 0) {
                sb.append(random.nextInt(1000)).append(' ');
            }
        }
        return sb.toString();
    }
}
