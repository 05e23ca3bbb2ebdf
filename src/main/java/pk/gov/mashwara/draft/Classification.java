package pk.gov.mashwara.draft;

/** Security classification of a draft, as marked by its committee. */
public enum Classification {
    UNCLASSIFIED, RESTRICTED, CONFIDENTIAL
}
