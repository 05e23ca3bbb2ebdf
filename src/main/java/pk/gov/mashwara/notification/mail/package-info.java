/**
 * E-mail delivery of notifications, after commit and through the event publication registry (a crash or a
 * failing SMTP server leaves the publication to be delivered again; the in-app notification is already saved).
 * Internal.
 */
package pk.gov.mashwara.notification.mail;
