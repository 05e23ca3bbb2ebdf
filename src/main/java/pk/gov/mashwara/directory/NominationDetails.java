package pk.gov.mashwara.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A nomination for focal person as the NSMCWG sees it: who nominated whom and why, the members' views, the
 * secretary's consensus, the recommendation to the PM and the PM's answer ({@code approvalRef} and
 * {@code approvalDate}: of the approval, or of the PM's letter not approving it when the status is
 * {@code NOT_APPROVED}), a withdrawal, and what the user may do now.
 */
public record NominationDetails(long id, long nomineeId, String nominee, String nomineeName, String nominatedBy,
        String nominatedByName, String note, NominationStatus status, Instant nominatedAt, List<Opinion> opinions,
        String consensusNote, String consensusBy, Instant consensusAt, String recommendationRef,
        LocalDate recommendationDate, String approvalRef, LocalDate approvalDate, String directionLetter,
        String directionNumber, long version, Allowed allowed, Withdrawal withdrawal) {

    /** Who withdrew the nomination, when and why; null unless withdrawn. */
    public record Withdrawal(String by, String byName, Instant at, String reason) {
    }

    public record Opinion(String member, String memberName, boolean supports, String note, Instant recordedAt) {
    }

    /**
     * {@code opinion}: the user may record support or objection; {@code withdraw}: the user (the nominator or the
     * nominee) may withdraw it; the others are the secretary's steps ({@code approve} also allows recording that
     * the PM did not approve).
     */
    public record Allowed(boolean opinion, boolean consensus, boolean recommend, boolean approve, boolean withdraw) {
    }

    public long supporting() {
        return opinions.stream().filter(Opinion::supports).count();
    }

    public long objecting() {
        return opinions.size() - supporting();
    }
}
