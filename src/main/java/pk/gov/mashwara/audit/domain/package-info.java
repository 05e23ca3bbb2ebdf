/** The audit entry entity and its insert-only repository. Internal. */
package pk.gov.mashwara.audit.domain;
