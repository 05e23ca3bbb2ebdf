package pk.gov.mashwara.engagement;

/**
 * What to list of the commitments one may see.
 *
 * @param owner       a body's code, {@link #COMPANY} for those the companies owe, or null for all
 * @param status      null for all
 * @param overdueOnly only open commitments past their day
 */
public record CommitmentFilter(String owner, CommitmentStatus status, boolean overdueOnly) {

    /** The owner that stands for "the company". */
    public static final String COMPANY = "COMPANY";

    public static CommitmentFilter all() {
        return new CommitmentFilter(null, null, false);
    }
}
