package pk.gov.mashwara.review;

/** How a thread was resolved. A declined point needs a reason; the others may have one. */
public enum Resolution {
    ACCEPTED, DECLINED, NOTED;

    public boolean needsReason() {
        return this == DECLINED;
    }
}
