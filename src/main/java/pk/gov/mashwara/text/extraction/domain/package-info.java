/**
 * Extraction jobs (the durable queue: one row per version, claimed by updating its status) and the text they
 * produced. Internal to the text module.
 */
package pk.gov.mashwara.text.extraction.domain;
