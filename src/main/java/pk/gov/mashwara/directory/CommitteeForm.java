package pk.gov.mashwara.directory;

/** What an administrator enters to add or change a committee. */
public record CommitteeForm(String code, String name, String nameUr, CommitteeType type, Long administrativeMinistryId,
        boolean active) {
}
