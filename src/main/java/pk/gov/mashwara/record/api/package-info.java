/** The review record over HTTP: {@code GET /api/drafts/{id}/record.pdf}, with the same permissions as the page. */
package pk.gov.mashwara.record.api;
