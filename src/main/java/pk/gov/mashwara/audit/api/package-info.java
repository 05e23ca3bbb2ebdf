/** The audit module's REST API: verifying the audit chain. */
package pk.gov.mashwara.audit.api;
