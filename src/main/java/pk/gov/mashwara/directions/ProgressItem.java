package pk.gov.mashwara.directions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import pk.gov.mashwara.draft.AttachedFile;

/**
 * A progress entry as the user may see it. Another body's entry that it has not shared shows its status and date
 * only ({@code detailed} false: texts null, no evidence).
 */
public record ProgressItem(long id, long directionId, BodyRef body, LocalDate date, ProgressStatus status,
        boolean detailed, String done, String remains, Integer percent, String milestone, String reason,
        boolean shared, String recordedBy, Instant recordedAt, String confirmedBy, Instant confirmedAt,
        List<EvidenceInfo> evidence) {

    public ProgressItem {
        evidence = List.copyOf(evidence);
    }

    /** A file of evidence, with its id for download. */
    public record EvidenceInfo(long id, AttachedFile file) {
    }
}
