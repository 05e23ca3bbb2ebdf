package pk.gov.mashwara.record.pdf;

import java.awt.Color;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;

/**
 * Text of any language as PDF phrases: Urdu (Arabic script) in Noto Naskh Arabic, everything else in Noto
 * Sans. A paragraph whose first strong character is right-to-left is set right aligned, and ordered by the Unicode
 * bidirectional algorithm as ICU implements it: its lines are broken in the typed (logical) order, and each line's
 * runs are placed in ICU's visual order, left to right, so that numbers, parentheses and Latin words inside Urdu
 * stand where a reader expects them ("پیکا (ترمیمی) قواعد 2026 — سیکشن 37(2)"). Each run has one direction; the
 * glyph layout only shapes it (joining Urdu letters), and a right-to-left run without letters (a bracket, a dash)
 * is reversed and mirrored by ICU. Text is only ever written as characters: markup in a title or comment is
 * printed as it is.
 */
final class Texts {

    enum Style { REGULAR, BOLD, ITALIC }

    private final RecordFonts fonts;

    Texts(RecordFonts fonts) {
        this.fonts = fonts;
    }

    static boolean rightToLeft(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return !new Bidi(printable(text), Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /**
     * The text without explicit direction controls (embeddings, overrides, isolates): the script of each run
     * decides its direction here. An override in a title or comment sends the glyph layout into endless
     * recursion, and would let a name be printed reversed ("exe.pdf" as "fdp.exe").
     */
    static String printable(String text) {
        if (text == null || text.codePoints().noneMatch(Texts::isDirectionControl)) {
            return text;
        }
        var out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isDirectionControl(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isDirectionControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    /**
     * An empty paragraph whose own font is an embedded one: OpenPDF writes spacing with the paragraph's font,
     * and the glyph layout accepts only the fonts it loaded.
     */
    Paragraph empty(float leading) {
        var paragraph = new Paragraph(leading);
        paragraph.setFont(font(false, Style.REGULAR, 9, RecordFonts.INK));
        return paragraph;
    }

    Paragraph paragraph(String text, Style style, float size, Color color) {
        return paragraph(text, style, size, color, Float.MAX_VALUE);
    }

    private Paragraph lines(String text, Style style, float size, Color color, float width) {
        var paragraph = empty(leading(text, size));
        var phrase = new Phrase(leading(text, size));
        phrase.setFont(font(false, style, size, color));
        var lines = visualLines(printable(text), style, size, width);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                phrase.add(new Chunk("\n", font(false, style, size, color)));
            }
            for (var run : lines.get(i)) {
                phrase.add(kept(new Chunk(run.text(), font(run.arabic(), style, size, color))));
            }
        }
        paragraph.add(phrase);
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    /** Urdu needs more room between lines than Latin text of the same size. */
    static float leading(String text, float size) {
        return size * (containsArabic(text) ? 1.75f : 1.38f);
    }

    Phrase phrase(String text, Style style, float size, Color color) {
        var phrase = new Phrase(leading(text, size));
        phrase.setFont(font(false, style, size, color));
        append(phrase, text, style, size, color);
        return phrase;
    }

    /** Adds the text to a phrase, as chunks in the right font for each run of script. */
    void append(Phrase phrase, String text, Style style, float size, Color color) {
        if (rightToLeft(text)) {
            for (var line : visualLines(printable(text), style, size, Float.MAX_VALUE)) {
                for (var run : line) {
                    phrase.add(kept(new Chunk(run.text(), font(run.arabic(), style, size, color))));
                }
            }
            return;
        }
        for (var run : runs(text)) {
            phrase.add(new Chunk(run.text(), font(run.arabic(), style, size, color)));
        }
    }

    /**
     * A right-to-left paragraph that fits on one line once shaped, set flush with the right edge (or centred).
     * OpenPDF measures a line with each letter's isolated width, while joined Urdu letters take less room: the
     * line would end short of the edge by that difference, so the paragraph reaches past the edge by as much.
     *
     * @param width the width the paragraph is set in
     */
    Paragraph paragraph(String text, Style style, float size, Color color, float width) {
        if (!rightToLeft(text)) {
            var paragraph = empty(leading(text, size));
            paragraph.add(phrase(text, style, size, color));
            return paragraph;
        }
        var paragraph = lines(text, style, size, color, width);
        if (width < Float.MAX_VALUE) {
            fitRight(paragraph, text, style, size, width);
        }
        return paragraph;
    }

    /** See {@link #paragraph(String, Style, float, Color, float)}: the same for a paragraph built otherwise. */
    void fitRight(Paragraph paragraph, String text, Style style, float size, float width) {
        if (!rightToLeft(text)) {
            return;
        }
        var lines = visualLines(printable(text), style, size, width);
        if (lines.size() != 1) {
            return;
        }
        var measured = 0f;
        var shaped = 0f;
        for (var run : lines.getFirst()) {
            var base = font(run.arabic(), style, size, RecordFonts.INK).getBaseFont();
            measured += base.getWidthPoint(run.text(), size);
            shaped += fonts.shapedWidth(base, size, run.text());
        }
        if (shaped <= width && measured > shaped) {
            paragraph.setIndentationRight(shaped - measured);
        }
    }

    private record Run(String text, boolean arabic) {
    }

    /** A stretch of a redline's paragraph: kept, removed (struck through) or added (underlined). */
    record Marked(String text, Mark mark) {
    }

    enum Mark { SAME, REMOVED, ADDED }

    static final Color REMOVED = new Color(0xA3, 0x1B, 0x1B);
    static final Color ADDED = new Color(0x0B, 0x4F, 0xA8);

    /**
     * A paragraph of a redline: its stretches in order, removed ones struck through and added ones underlined, in
     * colour. A right-to-left paragraph is broken into lines and ordered as {@link #paragraph} does, each run of a
     * line then cut where the marks change, so that a struck Urdu word is struck where it stands.
     *
     * @param width the width the paragraph is set in
     */
    Paragraph marked(List<Marked> pieces, float size, float width) {
        var all = new StringBuilder();
        for (var piece : pieces) {
            all.append(printable(piece.text()));
        }
        var text = all.toString();
        var paragraph = empty(leading(text, size));
        var phrase = new Phrase(leading(text, size));
        phrase.setFont(font(false, Style.REGULAR, size, RecordFonts.INK));
        if (!rightToLeft(text)) {
            for (var piece : pieces) {
                for (var run : runs(piece.text())) {
                    phrase.add(decorated(new Chunk(run.text(), font(run.arabic(), Style.REGULAR, size, color(piece.mark()))),
                            piece.mark(), size));
                }
            }
            paragraph.add(phrase);
            return paragraph;
        }
        var marks = new Mark[text.length()];
        int at = 0;
        for (var piece : pieces) {
            var printable = printable(piece.text());
            java.util.Arrays.fill(marks, at, at + printable.length(), piece.mark());
            at += printable.length();
        }
        var bidi = new com.ibm.icu.text.Bidi(text, com.ibm.icu.text.Bidi.RTL);
        boolean firstLine = true;
        for (var line : breakLines(text, Style.REGULAR, size, width)) {
            if (!firstLine) {
                phrase.add(new Chunk("\n", font(false, Style.REGULAR, size, RecordFonts.INK)));
            }
            firstLine = false;
            if (line[1] <= line[0]) {
                continue;
            }
            var lineBidi = bidi.createLineBidi(line[0], line[1]);
            for (int i = 0; i < lineBidi.countRuns(); i++) {
                var visual = lineBidi.getVisualRun(i);
                int start = line[0] + visual.getStart();
                int limit = line[0] + visual.getLimit();
                var parts = new ArrayList<int[]>();
                for (int from = start; from < limit;) {
                    int to = from + 1;
                    while (to < limit && marks[to] == marks[from]) {
                        to++;
                    }
                    parts.add(new int[] { from, to });
                    from = to;
                }
                if (visual.isOddRun()) {
                    java.util.Collections.reverse(parts);
                }
                for (var part : parts) {
                    var piece = text.substring(part[0], part[1]);
                    var mark = marks[part[0]];
                    for (var run : visual.isOddRun() ? rightToLeftRun(piece) : byFont(piece, true)) {
                        phrase.add(decorated(new Chunk(run.text(), font(run.arabic(), Style.REGULAR, size, color(mark))),
                                mark, size));
                    }
                }
            }
        }
        paragraph.add(phrase);
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        return paragraph;
    }

    private static Color color(Mark mark) {
        return switch (mark) {
            case SAME -> RecordFonts.INK;
            case REMOVED -> REMOVED;
            case ADDED -> ADDED;
        };
    }

    /** Struck through or underlined; a chunk so marked is never joined with its neighbours (see {@link #kept}). */
    private static Chunk decorated(Chunk chunk, Mark mark, float size) {
        return switch (mark) {
            case SAME -> kept(chunk);
            case REMOVED -> chunk.setUnderline(0.7f, size * 0.3f);
            case ADDED -> chunk.setUnderline(0.7f, -size * 0.18f);
        };
    }

    /**
     * The chunk, kept apart from its neighbours: a phrase joins a chunk to the one before it in the same font, and
     * the glyph layout would then reorder the joined text as a whole, undoing the visual order. A chunk with an
     * attribute (a text rise of nothing) is never joined.
     */
    private static Chunk kept(Chunk chunk) {
        return chunk.setTextRise(0f);
    }

    /**
     * A right-to-left paragraph as lines of runs, each line's runs in visual order (left to right). Lines break
     * between words, in logical order, where the next word would pass {@code width} as OpenPDF measures it (each
     * letter at its own width), so that OpenPDF keeps the lines as given.
     */
    private List<List<Run>> visualLines(String text, Style style, float size, float width) {
        var lines = new ArrayList<List<Run>>();
        if (text == null || text.isEmpty()) {
            return lines;
        }
        var paragraph = new com.ibm.icu.text.Bidi(text, com.ibm.icu.text.Bidi.RTL);
        for (var line : breakLines(text, style, size, width)) {
            var start = line[0];
            var limit = line[1];
            if (limit <= start) {
                continue;
            }
            var bidi = paragraph.createLineBidi(start, limit);
            var runs = new ArrayList<Run>();
            for (int i = 0; i < bidi.countRuns(); i++) {
                var visual = bidi.getVisualRun(i);
                var piece = text.substring(start + visual.getStart(), start + visual.getLimit());
                runs.addAll(visual.isOddRun() ? rightToLeftRun(piece) : byFont(piece, true));
            }
            lines.add(runs);
        }
        return lines;
    }

    /**
     * A right-to-left run, as chunks left to right: with Urdu letters in it, the glyph layout orders the chunk
     * itself (and mirrors its brackets), so the chunks only come in reverse; without, it would set the chunk left
     * to right, so ICU reverses and mirrors it here.
     */
    private List<Run> rightToLeftRun(String piece) {
        // the glyph layout reverses a right-to-left run but does not mirror its brackets: ICU gives their mirrors
        piece = mirrored(piece);
        if (!containsArabic(piece)) {
            // already mirrored above
            var reversed = com.ibm.icu.text.Bidi.writeReverse(piece, 0);
            return byFont(reversed, true);
        }
        var chunks = new ArrayList<>(byFont(piece, true));
        java.util.Collections.reverse(chunks);
        return chunks;
    }

    /** Each character with the Bidi_Mirrored property replaced by its mirror, "(" by ")" and so on. */
    private static String mirrored(String piece) {
        var out = new StringBuilder(piece.length());
        piece.codePoints().map(cp -> com.ibm.icu.lang.UCharacter.isMirrored(cp) ? com.ibm.icu.lang.UCharacter.getMirror(cp) : cp)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    /** The piece in chunks of one font, in the piece's order: Urdu and what Naskh can draw beside it in Naskh. */
    private List<Run> byFont(String piece, boolean rightToLeftParagraph) {
        var runs = new ArrayList<Run>();
        var run = new StringBuilder();
        Boolean runArabic = null;
        var cps = piece.codePoints().toArray();
        for (int cp : cps) {
            boolean arabic = isArabic(cp) || (rightToLeftParagraph && neutral(cp) && fonts.naskh.charExists(cp));
            if (runArabic != null && arabic != runArabic) {
                runs.add(new Run(run.toString(), runArabic));
                run.setLength(0);
            }
            runArabic = arabic;
            run.appendCodePoint(cp);
        }
        if (runArabic != null) {
            runs.add(new Run(run.toString(), runArabic));
        }
        return runs;
    }

    /** [start, limit) of each line, broken at spaces and at line ends, by OpenPDF's measure of the letters. */
    private List<int[]> breakLines(String text, Style style, float size, float width) {
        var lines = new ArrayList<int[]>();
        int lineStart = 0;
        int lastBreak = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            char c = end ? '\n' : text.charAt(i);
            if (c == '\n') {
                lines.add(new int[] { lineStart, i });
                lineStart = i + 1;
                lastBreak = -1;
                continue;
            }
            if (width < Float.MAX_VALUE && measure(text.substring(lineStart, i + 1), style, size) > width
                    && lastBreak > lineStart) {
                lines.add(new int[] { lineStart, lastBreak });
                lineStart = lastBreak + 1;
                lastBreak = -1;
            }
            if (c == ' ') {
                lastBreak = i;
            }
        }
        return lines;
    }

    private float measure(String piece, Style style, float size) {
        var width = 0f;
        for (var run : byFont(piece, true)) {
            width += font(run.arabic(), style, size, RecordFonts.INK).getBaseFont().getWidthPoint(run.text(), size);
        }
        return width;
    }

    private List<Run> runs(String original) {
        var runs = new ArrayList<Run>();
        var text = printable(original);
        if (text == null || text.isEmpty()) {
            return runs;
        }
        var cps = text.codePoints().toArray();
        var arabic = new boolean[cps.length];
        for (int i = 0; i < cps.length; i++) {
            arabic[i] = isArabic(cps[i]);
        }
        // Neutral characters (spaces, digits, punctuation) stay with the Urdu around them: between two Urdu
        // words in left-to-right text, and anywhere but between two Latin words in right-to-left text
        var rtl = rightToLeft(text);
        for (int i = 0; i < cps.length; i++) {
            if (!arabic[i] && neutral(cps[i]) && fonts.naskh.charExists(cps[i])) {
                var before = strongBefore(cps, i);
                var after = strongAfter(cps, i);
                arabic[i] = rtl ? before != Boolean.FALSE || after != Boolean.FALSE
                        : before == Boolean.TRUE && after == Boolean.TRUE;
            }
        }
        var run = new StringBuilder();
        var runArabic = arabic[0];
        for (int i = 0; i < cps.length; i++) {
            if (arabic[i] != runArabic) {
                runs.add(new Run(run.toString(), runArabic));
                run.setLength(0);
                runArabic = arabic[i];
            }
            run.appendCodePoint(cps[i]);
        }
        runs.add(new Run(run.toString(), runArabic));
        return runs;
    }

    private Font font(boolean arabic, Style style, float size, Color color) {
        BaseFont base;
        if (arabic) {
            base = style == Style.BOLD ? fonts.naskhBold : fonts.naskh;
        } else {
            base = switch (style) {
                case REGULAR -> fonts.sans;
                case BOLD -> fonts.sansBold;
                case ITALIC -> fonts.sansItalic;
            };
        }
        return RecordFonts.font(base, size, color);
    }

    static boolean containsArabic(String text) {
        return text != null && text.codePoints().anyMatch(Texts::isArabic);
    }

    private static boolean isArabic(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }

    private static boolean neutral(int cp) {
        var script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
    }

    /** Whether the nearest non-neutral character before {@code i} is Arabic script; null if there is none. */
    private static Boolean strongBefore(int[] cps, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!neutral(cps[j])) {
                return isArabic(cps[j]);
            }
        }
        return null;
    }

    private static Boolean strongAfter(int[] cps, int i) {
        for (int j = i + 1; j < cps.length; j++) {
            if (!neutral(cps[j])) {
                return isArabic(cps[j]);
            }
        }
        return null;
    }
}
