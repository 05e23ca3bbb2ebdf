package pk.gov.mashwara.draft;

/** The kind of instrument a draft is; it decides the consultations the draft needs. */
public enum DraftKind {
    BILL_OR_ORDINANCE, RULES_UNDER_STATUTE, REGULATOR_REGULATIONS, POLICY
}
