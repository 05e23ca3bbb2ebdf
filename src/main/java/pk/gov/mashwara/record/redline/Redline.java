package pk.gov.mashwara.record.redline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import pk.gov.mashwara.review.Comparison;
import pk.gov.mashwara.review.Comparison.Change;
import pk.gov.mashwara.review.Comparison.RowKind;

/**
 * A comparison of two versions as a redline: the paragraphs of the newer version in order, with what the older one
 * had and the newer one has not struck through (removed) and what is new underlined (added), exactly as the
 * comparison page matches them. Written out as a Word document with tracked changes and as a PDF.
 *
 * @param title          the draft's title
 * @param diaryNumber    its diary number, null before it was submitted
 * @param classification its classification, in English ("Restricted")
 * @param from           the version compared from
 * @param to             the version compared to
 * @param author         whom the changes are attributed to: who uploaded the newer version (name and office)
 * @param changedAt      when: the newer version's upload
 * @param generatedBy    who asked for the redline (name and office)
 * @param generatedAt    when
 * @param notes          where the redline is coarser or shorter than the texts (in English), empty when whole
 * @param paragraphs     the paragraphs, in order
 */
public record Redline(String title, String diaryNumber, String classification, int from, int to, String author,
        Instant changedAt, String generatedBy, Instant generatedAt, List<String> notes, List<Paragraph> paragraphs) {

    public Redline {
        notes = List.copyOf(notes);
        paragraphs = List.copyOf(paragraphs);
    }

    /** One paragraph: what became of it, and its text in pieces, each kept, removed or added. */
    public record Paragraph(RowKind kind, List<Piece> pieces) {

        public Paragraph {
            pieces = List.copyOf(pieces);
        }

        /** Whether the paragraph reads right to left (its first strong character is Urdu, Arabic...). */
        public boolean rightToLeft() {
            var all = new StringBuilder();
            pieces.forEach(p -> all.append(p.text()));
            var text = all.toString();
            return !text.isEmpty()
                    && !new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
        }
    }

    /** A stretch of a paragraph's text: {@code SAME} in both versions, {@code REMOVED} or {@code ADDED}. */
    public record Piece(Change change, String text) {
    }

    /** The rows of a comparison as paragraphs; rows are taken as they are, their texts made printable. */
    public static List<Paragraph> paragraphs(Comparison comparison) {
        var out = new ArrayList<Paragraph>();
        for (var row : comparison.rows()) {
            var reflowed = (row.from() != null && row.from().reflowed()) || (row.to() != null && row.to().reflowed());
            var pieces = new ArrayList<Piece>();
            switch (row.kind()) {
                case UNCHANGED -> pieces.add(new Piece(Change.SAME, text(row.to().text(), reflowed)));
                case ADDED -> pieces.add(new Piece(Change.ADDED, text(row.to().text(), reflowed)));
                case REMOVED -> pieces.add(new Piece(Change.REMOVED, text(row.from().text(), reflowed)));
                case CHANGED -> row.segments().forEach(s -> pieces.add(new Piece(s.change(), text(s.text(), reflowed))));
            }
            pieces.removeIf(p -> p.text().isEmpty());
            out.add(new Paragraph(row.kind(), pieces));
        }
        return out;
    }

    /**
     * A paragraph's text (or a stretch of it) as the redline prints it: a reflowed paragraph's line breaks as
     * spaces, as the comparison page shows them (the joiners that page uses for hyphenated words left out), and
     * control characters, which neither a Word document nor a PDF can hold, as spaces. Other line breaks stay.
     */
    public static String text(String text, boolean reflowed) {
        var shown = reflowed ? pk.gov.mashwara.shared.TextParagraphs.shown(text) : text;
        var out = new StringBuilder(shown.length());
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '\u2060' || c == '\u00AD') {
                continue;
            }
            if (c == '\r') {
                if (i + 1 < shown.length() && shown.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            out.append(c == '\n' || c == '\t' || c >= ' ' && c != '\uFFFE' && c != '\uFFFF' && !(c >= 0x7F && c < 0xA0) ? c : ' ');
        }
        return out.toString();
    }
}
