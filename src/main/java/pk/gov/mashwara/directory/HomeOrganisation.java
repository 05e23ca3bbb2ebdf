package pk.gov.mashwara.directory;

import java.util.Locale;

/**
 * The organisation a member of the NSMCWG comes from (a ministry, division or regulator of the directory, e.g.
 * the Ministry of Foreign Affairs): shown beside the member's name, never a source of rights. What a user may see
 * and do follows the committee they act for alone.
 */
public record HomeOrganisation(long committeeId, String code, String name, String nameUr) {

    /** Its name in the reader's language (Urdu where the directory has it). */
    public String name(Locale locale) {
        return "ur".equals(locale.getLanguage()) && nameUr != null && !nameUr.isBlank() ? nameUr : name;
    }
}
