/**
 * Routing of drafts under the Rules of Business: the rule book read from {@code config/routing.yml} (states,
 * actions and who may take them, guards, deadlines, the consultations each kind of instrument needs), checked at
 * start-up, and the services that apply it. {@link pk.gov.mashwara.routing.RoutingRules} is the rule book as
 * the rest of the portal sees it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Routing")
package pk.gov.mashwara.routing;
