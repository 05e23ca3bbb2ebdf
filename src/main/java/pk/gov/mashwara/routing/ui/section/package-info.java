/**
 * How other modules add a tab to the pendency page without the routing module knowing them: a
 * {@link pk.gov.mashwara.routing.ui.section.PendencySection} gives the signed-in user's tab, or nothing.
 */
@org.springframework.modulith.NamedInterface("pendency-section")
package pk.gov.mashwara.routing.ui.section;
