/**
 * How other modules add to the reader without the text module knowing them: a {@link
 * pk.gov.mashwara.text.ui.reader.ReaderExtension} gets the page ({@link pk.gov.mashwara.text.ui.reader.ReaderPage})
 * to mark passages in the text, follow the reader's text selections and add its own panel beside the text
 * (the review module shows its threads this way).
 */
@org.springframework.modulith.NamedInterface("reader")
package pk.gov.mashwara.text.ui.reader;
