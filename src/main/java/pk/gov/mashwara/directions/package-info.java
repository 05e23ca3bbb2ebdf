/**
 * Directions and compliance: letters that carry directions (the Prime Minister's Office letter of 4 October 2021
 * first), each direction with its typed time line and the bodies that must act; the letter's circulation down the
 * cascade (receipts with diary numbers, forwarding letters quoting the one before); and the progress each body
 * records with its evidence, rolled up per direction, overdue computed from the office calendar.
 * <p>
 * {@link pk.gov.mashwara.directions.LetterService} (letters, receipts, forwarding, events),
 * {@link pk.gov.mashwara.directions.ProgressService} (entries and evidence) and
 * {@link pk.gov.mashwara.directions.ComplianceQueries} (the roll-up, for desks, reports and dashboards) are the API;
 * who may see and do what is decided in one place, {@code DirectionAccess}. Entities and repositories stay in
 * {@code domain}. Every act is published as {@link pk.gov.mashwara.directions.DirectionsActed} for the audit log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directions")
package pk.gov.mashwara.directions;
