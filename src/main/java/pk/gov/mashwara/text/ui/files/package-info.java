/**
 * What a page says about the text of a file attached to a record (a letter's file, evidence, an answer's files, an
 * engagement's documents): whether it is still being read, or could not be read and why, so that whoever attached
 * it knows whether its words will find the record.
 */
@org.springframework.modulith.NamedInterface("file-text-note")
package pk.gov.mashwara.text.ui.files;
