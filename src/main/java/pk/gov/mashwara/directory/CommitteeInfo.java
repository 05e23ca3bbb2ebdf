package pk.gov.mashwara.directory;

/**
 * A committee as the rest of the portal sees it.
 *
 * @param administrativeMinistryId for a regulator, the ministry through which its drafts go; otherwise null
 */
public record CommitteeInfo(long id, String code, String name, String nameUr, CommitteeType type,
        Long administrativeMinistryId, String administrativeMinistryCode, boolean active) {

    public static final String NSMCWG_CODE = "NSMCWG";

    public boolean isNsmcwg() {
        return NSMCWG_CODE.equals(code);
    }

    /** The name in the given language, falling back to English. */
    public String displayName(java.util.Locale locale) {
        return "ur".equals(locale.getLanguage()) && nameUr != null && !nameUr.isBlank() ? nameUr : name;
    }
}
