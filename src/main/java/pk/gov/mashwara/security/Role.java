package pk.gov.mashwara.security;

/**
 * The roles of the portal. Committee roles act for one committee; NSMCWG roles act for the working group.
 */
public enum Role {
    /** Uploads drafts and new versions for their committee, answers comments. */
    COMMITTEE_DRAFTER,
    /** Approves putting a draft up to the NSMCWG on behalf of their committee. */
    COMMITTEE_OFFICER,
    /** Reads, searches and comments on drafts submitted to the NSMCWG. */
    NSMCWG_MEMBER,
    /** Runs the review: windows, consolidation. */
    NSMCWG_SECRETARY,
    /** Clears the working group's final input. */
    FOCAL_PERSON,
    /** Manages users, committees and routing rules; sees no draft content by virtue of this role. */
    ADMIN,
    /** Reads everything, changes nothing. */
    AUDITOR,
    /** Monitors the compliance of the directions its office (the PMO) issued: sees every letter and entry of it. */
    PMO_MONITOR,
    /** Speaks for the NSMCWG: edits proposed statements and issues or declines them (direction 5); one at a time. */
    SPOKESPERSON,
    /**
     * The National Security Adviser's lead (National Security Division): logs and leads engagements with social
     * media companies (directions 1 and 7); sees no draft by virtue of this role.
     */
    NSA_LEAD;

    public static final String COMMITTEE_DRAFTER_NAME = "COMMITTEE_DRAFTER";
    public static final String COMMITTEE_OFFICER_NAME = "COMMITTEE_OFFICER";
    public static final String ADMIN_NAME = "ADMIN";
    public static final String AUDITOR_NAME = "AUDITOR";
    public static final String PMO_MONITOR_NAME = "PMO_MONITOR";
    public static final String SPOKESPERSON_NAME = "SPOKESPERSON";
    public static final String NSA_LEAD_NAME = "NSA_LEAD";

    public boolean isNsmcwgRole() {
        return this == NSMCWG_MEMBER || this == NSMCWG_SECRETARY || this == FOCAL_PERSON || this == SPOKESPERSON;
    }

    public boolean isCommitteeRole() {
        return this == COMMITTEE_DRAFTER || this == COMMITTEE_OFFICER;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
