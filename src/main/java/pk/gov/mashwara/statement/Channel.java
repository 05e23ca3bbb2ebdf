package pk.gov.mashwara.statement;

/** How an issued statement reached the public. */
public enum Channel {
    PRESS_RELEASE, X_TWITTER, PRESS_CONFERENCE
}
