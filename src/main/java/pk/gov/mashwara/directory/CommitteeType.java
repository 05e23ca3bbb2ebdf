package pk.gov.mashwara.directory;

/** What kind of body a committee belongs to; a regulator reports through its administrative ministry. */
public enum CommitteeType {
    MINISTRY, DIVISION, REGULATOR, WORKING_GROUP,
    /** An office outside the ministries that issues or receives directions: the Prime Minister's Office, the NSA. */
    OFFICE,
    /** A department attached to a ministry, to which the ministry forwards directions (the MAG under Defence). */
    ATTACHED_DEPARTMENT
}
