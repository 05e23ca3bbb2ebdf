/**
 * The engagement log's REST API: {@code /api/engagements} (log, list by company, kind and dates, read, add a
 * document, download one, add a commitment; the companies) and {@code /api/commitments} (list by owner, status and
 * overdue; follow up to done or lapsed with a note). A thin layer over the module's services, which check who may do
 * what.
 */
package pk.gov.mashwara.engagement.api;
