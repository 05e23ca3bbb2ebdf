/**
 * In-app notifications with an unread count, and e-mail for those who want it. Other modules call
 * {@link pk.gov.mashwara.notification.NotificationService#send} with a {@link pk.gov.mashwara.notification.Notice};
 * the module itself listens to the draft module's events (new versions and status changes of drafts people
 * follow, see {@link pk.gov.mashwara.notification.Follows}). A notification stores its kind and facts, not a
 * sentence: it is worded in the reader's language when shown, and an e-mail in the recipient's. E-mail goes out
 * after commit through the event publication registry, only when an SMTP server is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package pk.gov.mashwara.notification;
