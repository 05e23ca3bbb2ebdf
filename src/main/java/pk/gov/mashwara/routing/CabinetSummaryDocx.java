package pk.gov.mashwara.routing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes a summary for the Cabinet in the Cabinet Division's layout as an editable Word document (Apache POI): the
 * classification and the references in the header of every page, the heading and subject, numbered paragraphs
 * (with lettered sub-paragraphs for the divisions' views), and the sponsoring Secretary's signature block. The
 * numbers are typed, not Word list numbering, so that the officer who edits it sees the same numbers the Cabinet
 * Division reads.
 */
final class CabinetSummaryDocx {

    /**
     * What the summary says, in English.
     *
     * @param header     the lines of the header of every page: the classification, then the references
     * @param heading    "SUMMARY FOR THE CABINET" (or for the committee of the Cabinet that decides)
     * @param paragraphs the numbered paragraphs, in order
     * @param signature  the signature block's lines: the office that signs, the division, the date line
     */
    record Summary(List<String> header, String heading, String subject, List<Paragraph> paragraphs,
            List<String> signature) {
    }

    /**
     * A numbered paragraph: its title ("Background"), its text, lettered sub-paragraphs and, after them, text set
     * apart as quoted (the NSMCWG's input as cleared).
     */
    record Paragraph(String title, String text, List<String> items, List<String> quoted) {
    }

    private CabinetSummaryDocx() {
    }

    static byte[] write(Summary summary) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(summary.heading() + ": " + summary.subject());
            document.getProperties().getCoreProperties().setCreator("Mashwara, the NSMCWG draft-review portal");
            // the default header is on every page, the first one included (no distinct first-page header)
            var header = document.createHeader(HeaderFooterType.DEFAULT);
            boolean first = true;
            for (var line : summary.header()) {
                var p = header.createParagraph();
                p.setAlignment(first ? ParagraphAlignment.CENTER : ParagraphAlignment.RIGHT);
                run(p, line, first, 9);
                first = false;
            }
            var heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            heading.setSpacingAfter(240);
            run(heading, summary.heading(), true, 13);
            var subject = document.createParagraph();
            subject.setSpacingAfter(240);
            run(subject, "Subject:  ", true, 11);
            run(subject, summary.subject(), true, 11).setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
            int number = 0;
            for (var paragraph : summary.paragraphs()) {
                number++;
                var p = document.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                p.setSpacingAfter(120);
                run(p, number + ".  ", false, 11);
                if (paragraph.title() != null) {
                    run(p, paragraph.title() + ".  ", true, 11);
                }
                run(p, paragraph.text(), false, 11);
                char letter = 'a';
                for (var item : paragraph.items()) {
                    var sub = document.createParagraph();
                    sub.setAlignment(ParagraphAlignment.BOTH);
                    sub.setIndentationLeft(720);
                    sub.setSpacingAfter(120);
                    run(sub, "(" + letter++ + ")  " + item, false, 11);
                }
                for (var quoted : paragraph.quoted()) {
                    var q = document.createParagraph();
                    q.setAlignment(ParagraphAlignment.BOTH);
                    q.setIndentationLeft(720);
                    q.setIndentationRight(360);
                    q.setSpacingAfter(120);
                    run(q, quoted, false, 11);
                }
            }
            for (var line : summary.signature()) {
                var p = document.createParagraph();
                p.setAlignment(ParagraphAlignment.RIGHT);
                run(p, line, !line.isEmpty() && line.equals(summary.signature().getFirst()), 11);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The summary could not be written", e);
        }
    }

    private static org.apache.poi.xwpf.usermodel.XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
        var run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily("Times New Roman");
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }
}
