package pk.gov.mashwara.directions;

import java.time.Instant;
import java.time.LocalDate;

import pk.gov.mashwara.draft.AttachedFile;

/**
 * A signed-off progress report as the user may see it.
 *
 * @param hash          the SHA-256 recorded at sign-off over the report's content and its files' SHA-256
 * @param intact        whether the hash still matches what is recorded
 * @param sentOn        the day it was recorded as sent, or null
 * @param canRecordSent whether the user may record now that it was sent
 * @param consolidated  whether it is the consolidated report of every acting office ({@code body} compiled it)
 */
public record ProgressReportInfo(long id, long letterId, BodyRef body, LocalDate from, LocalDate to,
        String diaryNumber, AttachedFile pdf, AttachedFile docx, String signer, String signerName, Instant signedAt,
        String hash, boolean intact, LocalDate sentOn, String sentRecordedBy, boolean canRecordSent, boolean consolidated) {
}
