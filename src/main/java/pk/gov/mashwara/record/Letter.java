package pk.gov.mashwara.record;

import java.util.List;

/**
 * An official letter, ready to print: the NSMCWG's cleared input to a committee. Every value is text as it is to
 * be printed (no markup); the body is a list of blocks whose runs carry their own emphasis.
 *
 * @param reference   the letter's number (the draft's diary number)
 * @param date        the date of issue, as printed (dd/MM/yyyy)
 * @param to          the addressee
 * @param subject     the subject line
 * @param approval    the sentence naming the focal person's approval
 * @param signatory   who signs, and below it their office
 * @param footer      a line printed small at the end (the clearance and its hash)
 * @param frame       the letter's own words (letterhead, number, place and date, "To", "Subject") in its language
 */
public record Letter(String reference, String date, String from, String to, String subject, String coveringNote,
        List<Block> body, String approval, String signatory, String office, String footer, Frame frame) {

    public Letter {
        body = List.copyOf(body);
    }

    /**
     * The fixed words around the letter's content, in the language it is written in: a letter to be read in Urdu
     * is an Urdu letter, not an English frame around Urdu text.
     *
     * @param government  the letterhead's first line ("GOVERNMENT OF PAKISTAN")
     * @param number      the reference as printed ("No. NSMCWG/2026/0005")
     * @param dated       the place and date as printed ("Islamabad, the 05/12/2026")
     * @param toLabel     the label before the addressee ("To")
     * @param subjectLabel the label before the subject ("Subject")
     * @param rightToLeft whether the letter is written right to left (Urdu): its paragraphs and labels run from the
     *                    right edge
     */
    public record Frame(String government, String number, String dated, String toLabel, String subjectLabel,
            boolean rightToLeft) {
    }

    /** What a block is: a heading (level 2 to 4), a paragraph, or an item of a bulleted or numbered list. */
    public enum Kind { HEADING, PARAGRAPH, BULLET, NUMBERED }

    /**
     * A block of the body.
     *
     * @param level  a heading's level (2 to 4) or a list item's depth (1 for the outermost); 0 for a paragraph
     * @param marker a numbered item's number; null otherwise
     */
    public record Block(Kind kind, int level, String marker, List<Run> runs) {

        public Block {
            runs = List.copyOf(runs);
        }

        public String text() {
            return runs.stream().map(Run::text).reduce("", String::concat);
        }
    }

    /** A run of text with its emphasis. */
    public record Run(String text, boolean bold, boolean italic) {
    }
}
