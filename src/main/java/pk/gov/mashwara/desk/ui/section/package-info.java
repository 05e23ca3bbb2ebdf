/**
 * How other modules add a part to My desk without the desk module knowing them: a
 * {@link pk.gov.mashwara.desk.ui.section.DeskSection} gives the signed-in user's part, or nothing.
 */
@org.springframework.modulith.NamedInterface("section")
package pk.gov.mashwara.desk.ui.section;
