/**
 * Demonstration data for a first look: users of every role in every committee and realistic drafts (real
 * PDF and DOCX files) moved along their first steps through the same services users call. Runs only when
 * {@code mashwara.demo.enabled} is true and never under the {@code prod} profile.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package pk.gov.mashwara.demo;
