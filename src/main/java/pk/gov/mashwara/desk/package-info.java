/**
 * My desk, the page after signing in: for each user what waits for them, by role. The drafts whose current step
 * waits for the user (from the routing module's pendency); for an NSMCWG member the drafts open for comments with
 * their review deadline and what is new since the member last looked at each (new versions, replies in the
 * member's threads); for an auditor the latest verification of the audit chain and the recent entries; for an
 * administrator the users, the extraction problems and the state of the search indexes. The same items are served
 * as {@code GET /api/desk}. Nothing depends on this module: it only reads the others.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Desk")
package pk.gov.mashwara.desk;
