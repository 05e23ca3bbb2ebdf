/** The notification bell in the header, the notifications page with e-mail choices and followed drafts. */
package pk.gov.mashwara.notification.ui;
