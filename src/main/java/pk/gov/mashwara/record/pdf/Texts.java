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
 * Sans. A run of Urdu words is kept in one chunk, spaces and digits included, so that the glyph layout
 * shapes and orders it as a whole; a paragraph whose first strong character is right-to-left is set right
 * aligned. Text is only ever written as characters: markup in a title or comment is printed as it is.
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
        var paragraph = empty(leading(text, size));
        paragraph.add(phrase(text, style, size, color));
        if (rightToLeft(text)) {
            paragraph.setAlignment(Element.ALIGN_RIGHT);
        }
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
        var paragraph = paragraph(text, style, size, color);
        fitRight(paragraph, text, style, size, width);
        return paragraph;
    }

    /** See {@link #paragraph(String, Style, float, Color, float)}: the same for a paragraph built otherwise. */
    void fitRight(Paragraph paragraph, String text, Style style, float size, float width) {
        if (!rightToLeft(text)) {
            return;
        }
        var measured = 0f;
        var shaped = 0f;
        for (var run : runs(text)) {
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
