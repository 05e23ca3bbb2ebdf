/** The statements' REST API ({@code /api/statements}) and the Atom feed of issued statements. */
package pk.gov.mashwara.statement.api;
