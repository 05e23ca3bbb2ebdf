package pk.gov.mashwara.notification.mail;

/** A saved notification whose recipient wants it by e-mail. One per recipient, so that a retry sends only it. */
public record EmailDue(long notificationId) {
}
