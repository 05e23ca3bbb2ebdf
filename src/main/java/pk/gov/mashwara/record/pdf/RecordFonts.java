package pk.gov.mashwara.record.pdf;

import java.awt.Color;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.io.IOException;
import java.io.InputStream;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutFontManager.FontLoadException;
import org.openpdf.text.pdf.GlyphLayoutFontManager.FontOptions;
import org.openpdf.text.pdf.GlyphLayoutManager;

/**
 * The fonts embedded in one review record: Noto Sans for Latin text and Noto Naskh Arabic for Urdu (both under
 * the SIL Open Font License, see {@code fonts/OFL.txt}), loaded from the class path.
 * <p>
 * They are loaded through OpenPDF's {@link GlyphLayoutManager}, which shapes text with Java's glyph layout:
 * Urdu letters join and take their contextual forms, and each line is ordered by the Unicode bidirectional
 * algorithm (Urdu right to left, numbers and Latin words inside it left to right). It is the successor of the
 * JVM-wide {@code LayoutProcessor}, which is deprecated and must not be enabled alongside it; a manager belongs
 * to one document, so records can be written concurrently.
 */
final class RecordFonts {

    static final Color INK = new Color(0x1B, 0x1F, 0x24);
    static final Color MUTED = new Color(0x5A, 0x63, 0x6E);
    static final Color ACCENT = new Color(0x01, 0x41, 0x1C);

    final GlyphLayoutManager layout;
    private final GlyphLayoutFontManager awtFonts;
    final BaseFont sans;
    final BaseFont sansBold;
    final BaseFont sansItalic;
    final BaseFont naskh;
    final BaseFont naskhBold;

    private RecordFonts() {
        awtFonts = new GlyphLayoutFontManager().setDefaultFontOptions(new FontOptions().setKerningOn().setLigaturesOn());
        layout = new GlyphLayoutManager(awtFonts);
        sans = load("NotoSans-Regular.ttf");
        sansBold = load("NotoSans-Bold.ttf");
        sansItalic = load("NotoSans-Italic.ttf");
        naskh = load("NotoNaskhArabic-Regular.ttf");
        naskhBold = load("NotoNaskhArabic-Bold.ttf");
    }

    /** A fresh set for one document. */
    static RecordFonts load() {
        return new RecordFonts();
    }

    private BaseFont load(String file) {
        var resource = "fonts/" + file;
        try (InputStream in = RecordFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            return layout.loadFont(file, in, 10).getBaseFont();
        } catch (IOException | FontLoadException e) {
            throw new IllegalStateException("The review-record font " + resource + " could not be loaded", e);
        }
    }

    /** How wide the text is once shaped and ordered, as the glyph layout will draw it. */
    float shapedWidth(BaseFont base, float size, String text) {
        var context = new FontRenderContext(new AffineTransform(), false, true);
        return new TextLayout(text, awtFonts.getAwtFont(base, size), context).getAdvance();
    }

    static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }
}
