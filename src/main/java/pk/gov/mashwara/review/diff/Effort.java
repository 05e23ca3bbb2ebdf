package pk.gov.mashwara.review.diff;

/**
 * The bounds of one comparison, and what it has spent. Myers' algorithm takes time in proportion to the length
 * of the sequences times the number of differences it finds: harmless for two versions of one draft,
 * unbounded for two unrelated 2 MB texts. Each run of the algorithm therefore may look for a bounded number of
 * differences, all runs of one comparison share a budget of steps (length × differences), and the words
 * compared word by word are counted against a budget of their own.
 */
final class Effort {

    /** Steps (length × differences) one run may take: a fraction of a second. */
    static final long RUN_STEPS = 40_000_000L;
    /** Steps all runs of one comparison may take together: a few seconds at most. */
    static final long TOTAL_STEPS = 300_000_000L;
    /** The most differences one run may look for, whatever the length (its space grows with their square). */
    static final int MAX_EDITS = 4_000;
    /** Words (and the spaces and signs between them) compared word by word in one comparison. */
    static final long WORD_TOKENS = 4_000_000L;
    /**
     * Differing paragraphs (changed, added or removed) one comparison reports before it stops: far more than a
     * revision of a draft has, and few enough that two unrelated texts cannot produce an answer without end.
     */
    static final int MAX_DIFFERENCES = 20_000;

    private final long runSteps;
    private final int maxEdits;
    private final int maxDifferences;
    private long stepsLeft;
    private long tokensLeft;

    Effort(long runSteps, long totalSteps, int maxEdits, long wordTokens) {
        this(runSteps, totalSteps, maxEdits, wordTokens, MAX_DIFFERENCES);
    }

    Effort(long runSteps, long totalSteps, int maxEdits, long wordTokens, int maxDifferences) {
        this.runSteps = runSteps;
        this.maxEdits = maxEdits;
        this.maxDifferences = maxDifferences;
        this.stepsLeft = totalSteps;
        this.tokensLeft = wordTokens;
    }

    static Effort standard() {
        return new Effort(RUN_STEPS, TOTAL_STEPS, MAX_EDITS, WORD_TOKENS);
    }

    /** The differing paragraphs a comparison reports before it stops. */
    int maxDifferences() {
        return maxDifferences;
    }

    /** How many differences a run over sequences of this combined length may look for (at least a few). */
    int editsFor(int length) {
        long affordable = Math.min(runSteps, stepsLeft) / Math.max(1, length);
        return (int) Math.max(Math.min(2, maxEdits), Math.min(maxEdits, affordable));
    }

    /** Records a run over sequences of this combined length that looked for {@code edits} differences. */
    void spend(int length, int edits) {
        long d = Math.max(1, edits);
        stepsLeft = Math.max(0, stepsLeft - (Math.max(1, length) + d) * d);
    }

    /** Takes {@code count} word tokens from the budget; false (taking nothing) when it cannot afford them. */
    boolean takeTokens(long count) {
        if (count > tokensLeft) {
            return false;
        }
        tokensLeft -= count;
        return true;
    }
}
