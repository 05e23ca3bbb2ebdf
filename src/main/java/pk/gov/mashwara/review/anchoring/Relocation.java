package pk.gov.mashwara.review.anchoring;

import java.util.Objects;

/**
 * The outcome of relocating an anchor in a new text.
 *
 * @param placement  how the passage was found
 * @param anchor     the passage in the new text, with its quote and context taken from the new text; {@code null}
 *                   exactly when {@code placement} is {@link Placement#OUTDATED}
 * @param confidence between 0 and 1; 1 for an unchanged quote in unchanged context, 0 when outdated
 */
public record Relocation(Placement placement, TextAnchor anchor, double confidence) {

    public Relocation {
        Objects.requireNonNull(placement, "placement");
        if ((anchor == null) != (placement == Placement.OUTDATED)) {
            throw new IllegalArgumentException("an anchor is given exactly when the placement is not OUTDATED");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie between 0 and 1: " + confidence);
        }
    }

    static Relocation outdated() {
        return new Relocation(Placement.OUTDATED, null, 0);
    }
}
