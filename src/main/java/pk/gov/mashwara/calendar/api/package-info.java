/** The office calendar over HTTP: {@code GET /api/calendar/working-days}. */
package pk.gov.mashwara.calendar.api;
