/** Notifications, e-mail preferences and follows as stored; their repositories. Internal. */
package pk.gov.mashwara.notification.domain;
