package pk.gov.mashwara.record;

import java.util.Optional;

/**
 * A titled block that another module adds to every review record, after the review threads, without this
 * module knowing it: the audit module contributes the status history; routing will contribute its
 * consultations and the focal person's clearance. Sections are printed in ascending {@link #order()}.
 * <p>
 * A section is asked only after the reader's right to see the draft has been checked, and runs as that reader:
 * it must contribute only what they may see, and nothing it cannot vouch for (no section is better than a
 * made-up one).
 */
public interface RecordSection {

    /** Where the status history stands. */
    int HISTORY = 100;
    /** Where routing and consultations will stand. */
    int ROUTING = 200;
    /** Where the focal person's clearance will stand. */
    int CLEARANCE = 300;

    int order();

    /** The block for this draft, or empty when the section has nothing to say about it. */
    Optional<RecordBlock> contribute(RecordContext context);
}
