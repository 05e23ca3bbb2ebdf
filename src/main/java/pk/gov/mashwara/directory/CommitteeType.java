package pk.gov.mashwara.directory;

/** What kind of body a committee belongs to; a regulator reports through its administrative ministry. */
public enum CommitteeType {
    MINISTRY, DIVISION, REGULATOR, WORKING_GROUP
}
