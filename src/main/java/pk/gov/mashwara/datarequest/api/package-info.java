/** The HTTP API of data requests, {@code /api/data-requests}. */
package pk.gov.mashwara.datarequest.api;
