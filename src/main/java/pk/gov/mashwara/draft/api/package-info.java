/** The REST API for drafts and versions under {@code /api/drafts}; a thin layer over the draft service. */
package pk.gov.mashwara.draft.api;
