/** The audit entry entity and the filtered reads of the log. Internal; entries are written by the chain. */
package pk.gov.mashwara.audit.domain;
