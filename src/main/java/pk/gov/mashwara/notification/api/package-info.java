/** The REST API of the signed-in user's notifications, e-mail choices and followed drafts, under {@code /api/notifications}. */
package pk.gov.mashwara.notification.api;
