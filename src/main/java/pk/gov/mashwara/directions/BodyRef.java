package pk.gov.mashwara.directions;

import java.util.Locale;

import pk.gov.mashwara.directory.CommitteeInfo;

/** A body of the directory as directions name it: id, code and names. */
public record BodyRef(long id, String code, String name, String nameUr) {

    public static BodyRef of(CommitteeInfo committee) {
        return new BodyRef(committee.id(), committee.code(), committee.name(), committee.nameUr());
    }

    public String displayName(Locale locale) {
        return "ur".equals(locale.getLanguage()) && nameUr != null && !nameUr.isBlank() ? nameUr : name;
    }
}
