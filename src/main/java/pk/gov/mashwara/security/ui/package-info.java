/**
 * The security module's views: the log-in page, and for administrators the throttled log-ins with a way to lift
 * them.
 */
package pk.gov.mashwara.security.ui;
