package pk.gov.mashwara.directory;

/** The user accounts counted: all of them, and those disabled (who cannot sign in). */
public record UserCounts(long total, long disabled) {
}
