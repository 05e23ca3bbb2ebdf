/** {@code GET /api/desk}: what waits for the signed-in user. */
package pk.gov.mashwara.desk.api;
