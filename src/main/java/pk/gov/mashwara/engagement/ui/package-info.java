/**
 * The engagement log's pages: the engagements (filtered by company) with the dialog to log one, an engagement's page
 * (participants, topics, position, documents, commitments and their follow-up), the commitments (overdue first), the
 * administrators' list of companies, and the overdue commitments part of the desk.
 */
package pk.gov.mashwara.engagement.ui;
