package pk.gov.mashwara.draft;

import java.util.Locale;
import java.util.Optional;

/**
 * The kind of instrument a draft is; it decides the consultations the draft needs and who its competent authority
 * is (see {@code config/routing.yml}). A Bill is passed by Parliament; an Ordinance is promulgated by the President
 * (Article 89), so they are two kinds. Rules a regulator drafts for the Federal Government's approval (e.g. the
 * PTA's under section 37(2) of PECA 2016) differ from the regulations it makes itself.
 */
public enum DraftKind {
    BILL, ORDINANCE, RULES_UNDER_STATUTE, REGULATOR_RULES, REGULATOR_REGULATIONS, POLICY;

    /** The name used before Bills and Ordinances were told apart; read as {@link #BILL}. */
    public static final String LEGACY_BILL_OR_ORDINANCE = "BILL_OR_ORDINANCE";

    /**
     * The kind named {@code value} (any case), also under its earlier name {@code BILL_OR_ORDINANCE} (a Bill, as
     * the migration that split it reads it); empty when there is none.
     */
    public static Optional<DraftKind> fromName(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var name = value.strip().toUpperCase(Locale.ROOT);
        if (LEGACY_BILL_OR_ORDINANCE.equals(name)) {
            return Optional.of(BILL);
        }
        for (var kind : values()) {
            if (kind.name().equals(name)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** {@link #fromName} for a request's field {@code field}: an unknown kind is refused on that field. */
    public static DraftKind parse(String value, String field) {
        return fromName(value).orElseThrow(() -> pk.gov.mashwara.shared.InvalidInputException.onField(field, "error.api.enum",
                field, value, java.util.List.of(values())));
    }
}
