package pk.gov.mashwara.notification;

/** Whether e-mail can reach the signed-in user at all, so that the preferences can say why not. */
public enum EmailAvailability {
    AVAILABLE, NO_ADDRESS, NOT_CONFIGURED
}
