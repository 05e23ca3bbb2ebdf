package pk.gov.mashwara.record.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import pk.gov.mashwara.review.AnchorState;
import pk.gov.mashwara.review.CommentView;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ThreadView;
import pk.gov.mashwara.record.pdf.Texts.Style;

/**
 * The review threads of a record, version by version and in the order of the text: threads about the draft
 * as a whole first, then those on passages by their place in the text, then those whose passage is gone. Each
 * shows its passage in context, its comments with replies indented under what they answer, and how it was
 * resolved.
 */
final class ThreadSection {

    private static final Color OPEN = new Color(0xB2, 0x6B, 0x00);
    /** The width inside a thread's box (its border and padding taken off). */
    private static final float INNER_WIDTH = RecordPdf.TEXT_WIDTH - 22;
    private static final Color DECLINED = new Color(0x9B, 0x1C, 0x1C);

    private final Texts texts;
    private final RecordContent content;

    ThreadSection(Texts texts, RecordContent content) {
        this.texts = texts;
        this.content = content;
    }

    void write(Document document, int sectionNumber) throws DocumentException {
        var threads = content.threads();
        if (threads.isEmpty()) {
            document.add(texts.paragraph("There are no review threads on this draft that this record may show.",
                    Style.ITALIC, 9.5f, RecordFonts.MUTED));
            return;
        }
        document.add(summary(threads));
        Map<Integer, List<ThreadView>> byVersion = threads.stream()
                .collect(Collectors.groupingBy(ThreadView::versionNumber, TreeMap::new, Collectors.toList()));
        var subsection = 0;
        for (var entry : byVersion.entrySet()) {
            subsection++;
            var version = content.draft().versions().stream().filter(v -> v.number() == entry.getKey()).findFirst();
            var title = sectionNumber + "." + subsection + "  On version " + entry.getKey()
                    + version.map(v -> " — " + v.fileName()).orElse("");
            var heading = texts.paragraph(title, Style.BOLD, 10.5f, RecordFonts.INK);
            heading.setSpacingBefore(subsection == 1 ? 4 : 12);
            heading.setSpacingAfter(6);
            document.add(heading);
            var ordered = entry.getValue().stream().sorted(TEXT_ORDER).toList();
            for (var thread : ordered) {
                document.add(thread(thread));
            }
        }
    }

    /** Whole-draft threads, then threads on the text by position, then outdated ones; ties by start time. */
    static final Comparator<ThreadView> TEXT_ORDER = Comparator
            .<ThreadView>comparingInt(t -> switch (t.placement()) {
                case WHOLE_DRAFT -> 0;
                case ANCHORED, MOVED -> 1;
                case OUTDATED -> 2;
            })
            .thenComparingInt(t -> t.passage() == null ? 0 : t.passage().start())
            .thenComparing(ThreadView::startedAt).thenComparingLong(ThreadView::id);

    private Paragraph summary(List<ThreadView> threads) {
        var open = threads.stream().filter(ThreadView::open).count();
        var byResolution = threads.stream().filter(t -> !t.open() && t.resolution() != null)
                .collect(Collectors.groupingBy(ThreadView::resolution, Collectors.counting()));
        var text = threads.size() + (threads.size() == 1 ? " thread" : " threads") + ": " + open + " open, "
                + (threads.size() - open) + " resolved (" + byResolution.getOrDefault(Resolution.ACCEPTED, 0L)
                + " accepted, " + byResolution.getOrDefault(Resolution.DECLINED, 0L) + " declined, "
                + byResolution.getOrDefault(Resolution.NOTED, 0L) + " noted).";
        var p = texts.paragraph(text, Style.REGULAR, 9.5f, RecordFonts.INK);
        p.setSpacingAfter(4);
        return p;
    }

    private PdfPTable thread(ThreadView t) {
        var box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingAfter(10);
        // a thread moves whole to the next page when it fits there; only a thread longer than a page is split
        box.setSplitLate(true);
        var cell = new PdfPCell();
        cell.setBorder(Rectangle.LEFT | Rectangle.TOP | Rectangle.BOTTOM | Rectangle.RIGHT);
        cell.setBorderColor(RecordPdf.RULE);
        cell.setBorderWidthLeft(3);
        cell.setBorderColorLeft(t.open() ? OPEN : t.resolution() == Resolution.DECLINED ? DECLINED : RecordFonts.ACCENT);
        cell.setPadding(8);
        cell.setPaddingLeft(10);
        cell.addElement(heading(t));
        if (t.passage() != null) {
            cell.addElement(passage(t));
        }
        for (var comment : t.comments()) {
            for (var p : comment(comment)) {
                cell.addElement(p);
            }
        }
        for (var p : resolution(t)) {
            cell.addElement(p);
        }
        box.addCell(cell);
        return box;
    }

    private Paragraph heading(ThreadView t) {
        var p = texts.empty(13);
        texts.append(p, "Thread " + t.id(), Style.BOLD, 9.5f, RecordFonts.INK);
        var details = new StringBuilder("  ·  ").append(placement(t.placement()));
        if (t.startedOnVersion() != t.versionNumber()) {
            details.append(", carried from version ").append(t.startedOnVersion());
        }
        if (t.passage() != null && t.passage().page() != null) {
            details.append("  ·  page ").append(t.passage().page());
        }
        if (t.internal()) {
            details.append("  ·  internal note of ").append(content.draft().committeeCode());
        }
        texts.append(p, details.toString(), Style.REGULAR, 8.5f, RecordFonts.MUTED);
        p.setSpacingAfter(4);
        return p;
    }

    static String placement(AnchorState state) {
        return switch (state) {
            case WHOLE_DRAFT -> "On the draft as a whole";
            case ANCHORED -> "Anchored to its passage";
            case MOVED -> "Moved: its passage was changed and found again";
            case OUTDATED -> "Outdated: its passage is no longer in the text";
        };
    }

    /**
     * The passage with its context, the quote emphasised. A left-to-right passage reads as one line with the quote
     * in bold; in a right-to-left one, runs of different weight on one line would be ordered left to right, so
     * the quote stands on its own line, above its context.
     */
    private PdfPTable passage(ThreadView t) {
        var passage = t.passage();
        var context = "…" + oneLine(passage.prefix()) + oneLine(passage.exact()) + oneLine(passage.suffix()) + "…";
        var paragraphs = new ArrayList<Paragraph>();
        if (Texts.rightToLeft(context)) {
            paragraphs.add(texts.paragraph(oneLine(passage.exact()), Style.BOLD, 9.5f, RecordFonts.INK, INNER_WIDTH - 12));
            paragraphs.add(texts.paragraph(context, Style.REGULAR, 8.5f, RecordFonts.MUTED, INNER_WIDTH - 12));
        } else {
            var p = texts.empty(Texts.leading(context, 9));
            texts.append(p, "…" + oneLine(passage.prefix()), Style.REGULAR, 9, RecordFonts.MUTED);
            texts.append(p, oneLine(passage.exact()), Style.BOLD, 9, RecordFonts.INK);
            texts.append(p, oneLine(passage.suffix()) + "…", Style.REGULAR, 9, RecordFonts.MUTED);
            paragraphs.add(p);
        }
        var table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setSpacingAfter(6);
        var cell = new PdfPCell();
        paragraphs.forEach(cell::addElement);
        cell.setBackgroundColor(RecordPdf.SHADE);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(6);
        cell.setPaddingTop(2);
        table.addCell(cell);
        return table;
    }

    private List<Paragraph> comment(CommentView c) {
        var indent = Math.min(c.depth(), 6) * 18f;
        var meta = texts.empty(12);
        var who = (c.depth() == 0 ? "" : "Reply · ") + content.people().apply(c.author());
        texts.append(meta, who, Style.BOLD, 8.5f, RecordFonts.INK);
        var when = new StringBuilder("  ·  ").append(RecordPdf.time(c.createdAt()));
        if (c.editedAt() != null) {
            when.append("  ·  edited ").append(RecordPdf.time(c.editedAt()));
        }
        if (c.retracted()) {
            when.append("  ·  retracted ").append(RecordPdf.time(c.retractedAt()));
        }
        texts.append(meta, when.toString(), Style.REGULAR, 8, RecordFonts.MUTED);
        meta.setIndentationLeft(indent);
        meta.setSpacingBefore(4);
        var body = c.retracted()
                ? texts.paragraph("This comment was retracted by its author; its text is not shown.", Style.ITALIC, 9,
                        RecordFonts.MUTED)
                : texts.paragraph(c.body(), Style.REGULAR, 9.5f, RecordFonts.INK, INNER_WIDTH - indent);
        body.setIndentationLeft(indent);
        return List.of(meta, body);
    }

    private List<Paragraph> resolution(ThreadView t) {
        var p = texts.empty(13);
        p.setSpacingBefore(6);
        if (t.open()) {
            texts.append(p, "Open", Style.BOLD, 9, OPEN);
            texts.append(p, " — not yet resolved", Style.REGULAR, 9, RecordFonts.MUTED);
            return List.of(p);
        }
        var color = t.resolution() == Resolution.DECLINED ? DECLINED : RecordFonts.ACCENT;
        texts.append(p, "Resolved: " + RecordPdf.label(t.resolution()).toUpperCase(Locale.ENGLISH), Style.BOLD,
                9, color);
        texts.append(p, "  ·  by " + content.people().apply(t.resolvedBy()) + ", " + RecordPdf.time(t.resolvedAt()),
                Style.REGULAR, 8.5f, RecordFonts.MUTED);
        if (t.resolutionReason() != null && !t.resolutionReason().isBlank()) {
            var reason = texts.empty(Texts.leading(t.resolutionReason(), 9));
            texts.append(reason, t.resolution() == Resolution.DECLINED ? "Reason: " : "Note: ", Style.BOLD, 9,
                    RecordFonts.INK);
            texts.append(reason, t.resolutionReason(), Style.REGULAR, 9, RecordFonts.INK);
            return List.of(p, reason);
        }
        return List.of(p);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Context is shown on one line: the extracted text's line breaks would only scatter it. */
    private static String oneLine(String s) {
        return nullToEmpty(s).replaceAll("\\s+", " ");
    }
}
