package pk.gov.mashwara.review;

import java.util.List;

/**
 * The wording a thread suggests for its passage, as its reader sees it.
 *
 * @param original      the passage it is about (as last anchored)
 * @param proposed      the wording proposed (empty for a deletion)
 * @param accepted      the wording the committee accepted when it changed it, else null
 * @param outcome       ACCEPTED, ACCEPTED_WITH_CHANGES or DECLINED once resolved so (noted: null), else null
 * @param redline       the passage with the proposed (or accepted) wording, word by word
 * @param checks        the verdict in each later version, oldest first
 */
public record SuggestionView(SuggestionKind kind, String original, String proposed, String accepted, Outcome outcome,
        List<Redline.Segment> redline, List<Check> checks) {

    public enum Outcome {
        ACCEPTED, ACCEPTED_WITH_CHANGES, DECLINED
    }

    /** The verdict in one later version; {@code difference}: the expected stretch against the one found. */
    public record Check(int versionNumber, SuggestionVerdict verdict, String found,
            List<Redline.Segment> difference) {
    }

    /** The wording that counts: the accepted one, or the proposed one. */
    public String wording() {
        return accepted != null ? accepted : proposed;
    }

    /** The verdict in the latest version checked, or null. */
    public Check latest() {
        return checks.isEmpty() ? null : checks.getLast();
    }
}
