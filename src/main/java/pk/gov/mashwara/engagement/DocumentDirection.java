package pk.gov.mashwara.engagement;

/** Whether a document of an engagement went to the company or came from it. */
public enum DocumentDirection {
    SENT, RECEIVED
}
