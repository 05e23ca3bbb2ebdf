package pk.gov.mashwara.record.redline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrackChange;


import pk.gov.mashwara.review.Comparison.RowKind;

/**
 * Writes a redline as a Word document (Apache POI) whose differences are real tracked changes: each added stretch
 * a {@code w:ins} and each removed one a {@code w:del} (its text as {@code w:delText}), with the author and date
 * of the newer version, so that Word's Accept and Reject work on them; a wholly added or removed paragraph has its
 * paragraph mark marked too, so that accepting or rejecting it leaves no empty paragraph. Accepting every change
 * gives the newer version's text; rejecting every one gives the older's. A page header repeats the classification
 * and the diary number; the title block before the text is not a change.
 */
public final class RedlineDocx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'PKT'", Locale.ENGLISH)
            .withZone(ZoneId.of("Asia/Karachi"));
    private static final String FONT = "Times New Roman";
    private static final String URDU_FONT = "Noto Naskh Arabic";

    private final Redline redline;
    private final Calendar date;
    private long nextId = 1;

    private RedlineDocx(Redline redline) {
        this.redline = redline;
        var calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ENGLISH);
        calendar.setTimeInMillis(redline.changedAt().toEpochMilli() / 1000 * 1000);
        this.date = calendar;
    }

    public static byte[] write(Redline redline) {
        return new RedlineDocx(redline).write();
    }

    private byte[] write() {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var core = document.getProperties().getCoreProperties();
            core.setTitle("Redline: " + redline.title());
            core.setCreator("Mashwara, the NSMCWG draft-review portal");
            var header = document.createHeader(HeaderFooterType.DEFAULT);
            var top = header.createParagraph();
            top.setAlignment(ParagraphAlignment.CENTER);
            plain(top, redline.classification().toUpperCase(Locale.ENGLISH), true, 9);
            var reference = header.createParagraph();
            reference.setAlignment(ParagraphAlignment.RIGHT);
            plain(reference, (redline.diaryNumber() == null ? "No diary number" : "Diary No. " + redline.diaryNumber())
                    + "  ·  Redline v" + redline.from() + " → v" + redline.to(), false, 9);

            var heading = document.createParagraph();
            heading.setAlignment(ParagraphAlignment.CENTER);
            plain(heading, "REDLINE", true, 14);
            var title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            bidi(title, redline.title());
            plain(title, redline.title(), true, 12);
            var about = document.createParagraph();
            about.setSpacingAfter(120);
            plain(about, "Version " + redline.from() + " compared with version " + redline.to()
                    + ". The differences are tracked changes by " + redline.author() + " ("
                    + TIME.format(redline.changedAt()) + "): accept them all for version " + redline.to()
                    + ", reject them all for version " + redline.from() + ". Generated " + TIME.format(redline.generatedAt())
                    + " by " + redline.generatedBy() + ".", false, 9);
            for (var note : redline.notes()) {
                var p = document.createParagraph();
                plain(p, note, false, 9).setItalic(true);
            }
            var rule = document.createParagraph();
            rule.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
            rule.setSpacingAfter(240);

            for (var paragraph : redline.paragraphs()) {
                write(document.createParagraph(), paragraph);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The redline could not be written", e);
        }
    }

    private void write(XWPFParagraph p, Redline.Paragraph paragraph) {
        p.setSpacingAfter(160);
        var rtl = paragraph.rightToLeft();
        if (rtl) {
            (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewBidi();
        }
        CTP ctp = p.getCTP();
        for (var piece : paragraph.pieces()) {
            switch (piece.change()) {
                case SAME -> text(ctp.addNewR(), piece.text(), false, rtl);
                case ADDED -> text(mark(ctp.addNewIns()).addNewR(), piece.text(), false, rtl);
                case REMOVED -> text(mark(ctp.addNewDel()).addNewR(), piece.text(), true, rtl);
            }
        }
        // the paragraph mark of a wholly added (or removed) paragraph is inserted (or deleted) with it
        if (paragraph.kind() == RowKind.ADDED || paragraph.kind() == RowKind.REMOVED) {
            var pPr = ctp.isSetPPr() ? ctp.getPPr() : ctp.addNewPPr();
            var rPr = pPr.isSetRPr() ? pPr.getRPr() : pPr.addNewRPr();
            mark(paragraph.kind() == RowKind.ADDED ? rPr.addNewIns() : rPr.addNewDel());
        }
    }

    private <T extends CTTrackChange> T mark(T change) {
        change.setId(BigInteger.valueOf(nextId++));
        change.setAuthor(redline.author());
        change.setDate(date);
        return change;
    }

    /** A run's text, line breaks as breaks; removed text as {@code w:delText}, as Word requires inside a deletion. */
    private static void text(CTR run, String text, boolean deleted, boolean rtl) {
        CTRPr rPr = run.addNewRPr();
        var fonts = rPr.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(URDU_FONT);
        rPr.addNewSz().setVal(BigInteger.valueOf(24));
        rPr.addNewSzCs().setVal(BigInteger.valueOf(26));
        if (rtl) {
            rPr.addNewRtl();
        }
        var lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addNewBr();
            }
            if (lines[i].isEmpty()) {
                continue;
            }
            var t = deleted ? run.addNewDelText() : run.addNewT();
            t.setStringValue(lines[i]);
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
    }

    private static XWPFRun plain(XWPFParagraph p, String text, boolean bold, int size) {
        var run = p.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT);
        run.setText(text);
        return run;
    }

    private static void bidi(XWPFParagraph p, String text) {
        if (!text.isEmpty() && !new java.text.Bidi(text, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight()) {
            (p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr()).addNewBidi();
        }
    }

}
