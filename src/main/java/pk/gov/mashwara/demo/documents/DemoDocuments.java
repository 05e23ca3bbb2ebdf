package pk.gov.mashwara.demo.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.pdmodel.font.encoding.WinAnsiEncoding;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import pk.gov.mashwara.demo.documents.DemoTexts.Block;
import pk.gov.mashwara.demo.documents.DemoTexts.Edit;

/**
 * The demo drafts the portal seeds on first start, rendered at run time as real PDF and DOCX files.
 *
 * <p>Rendering is deterministic: the same build produces the same bytes on every run, because all
 * dates and identifiers written into the files are fixed rather than taken from the clock.
 */
public final class DemoDocuments {

    public static final String PDF_MEDIA_TYPE = "application/pdf";
    public static final String DOCX_MEDIA_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    private static final ZonedDateTime DRAFTED = ZonedDateTime.of(2026, 1, 12, 10, 0, 0, 0, PAKISTAN);
    private static final ZonedDateTime REVISED = ZonedDateTime.of(2026, 2, 16, 15, 30, 0, 0, PAKISTAN);
    private static final String SECRETARIAT = "NSMCWG Secretariat";

    private DemoDocuments() {
    }

    private enum Format {
        PDF("pdf", PDF_MEDIA_TYPE),
        DOCX("docx", DOCX_MEDIA_TYPE);

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        byte[] render(String title, List<String> paragraphs, Meta meta) {
            return switch (this) {
                case PDF -> PdfRenderer.render(title, paragraphs, meta);
                case DOCX -> DocxRenderer.render(title, paragraphs, meta);
            };
        }
    }

    /** What a file carries besides its text: the issuing office, the page marking and the date. */
    private record Meta(String author, String marking, ZonedDateTime date) {
    }

    /** The catalogue entry of one draft; {@code name} names both its text resource and its file. */
    private record Spec(
            String title,
            String committeeCode,
            String committeeName,
            String kind,
            String legalBasis,
            boolean financialImplications,
            String classification,
            String name,
            Format format,
            List<Edit> revision) {
    }

    private static final List<Spec> CATALOGUE = List.of(
            new Spec(
                    "Removal and Blocking of Unlawful Online Content (Procedure, Oversight and Safeguards) Rules, 2026",
                    "MOIT", "Ministry of Information Technology and Telecommunication", "RULES_UNDER_STATUTE",
                    "Section 37 of the Prevention of Electronic Crimes Act, 2016 (XL of 2016)", false,
                    "UNCLASSIFIED", "moit-unlawful-online-content-rules-2026", Format.PDF,
                    DemoTexts.MOIT_CONTENT_RULES_REVISION),
            new Spec("PEMRA (Digital Media Content) Regulations, 2026",
                    "PEMRA", "Pakistan Electronic Media Regulatory Authority", "REGULATOR_REGULATIONS",
                    "Section 39 of the Pakistan Electronic Media Regulatory Authority Ordinance, 2002 (XIII of 2002)",
                    false, "RESTRICTED", "pemra-digital-media-content-regulations-2026", Format.DOCX,
                    DemoTexts.PEMRA_REGULATIONS_REVISION),
            new Spec("Defamation (Amendment) Bill, 2026",
                    "LAW", "Law and Justice Division", "BILL",
                    "Defamation Ordinance, 2002 (LVI of 2002); Article 70 of the Constitution", false,
                    "UNCLASSIFIED", "law-defamation-amendment-bill-2026", Format.PDF, List.of()),
            new Spec("Federal Government Social Media Engagement Policy, 2026",
                    "MOIB", "Ministry of Information and Broadcasting", "POLICY",
                    "Rules of Business, 1973, Schedule II", true,
                    "UNCLASSIFIED", "moib-social-media-engagement-policy-2026", Format.DOCX, List.of()),
            new Spec("Social Media Platforms (Registration and Local Grievance Officer) Regulations, 2026",
                    "PTA", "Pakistan Telecommunication Authority", "REGULATOR_REGULATIONS",
                    "Section 5 of the Pakistan Telecommunication (Re-organization) Act, 1996 (XVII of 1996)", false,
                    "RESTRICTED", "pta-platform-registration-regulations-2026", Format.PDF,
                    DemoTexts.PTA_REGULATIONS_REVISION),
            new Spec("Citizens' Digital Rights and Online Safety Ordinance, 2026",
                    "CABINET", "Cabinet Division", "ORDINANCE",
                    "Article 89 of the Constitution of the Islamic Republic of Pakistan", true,
                    "CONFIDENTIAL", "cabinet-digital-rights-online-safety-ordinance-2026", Format.DOCX, List.of()),
            new Spec("National Data Sharing Protocol for Social Media Coordination, 2026",
                    "MOIT", "Ministry of Information Technology and Telecommunication", "POLICY",
                    "Rules of Business, 1973, Schedule II; Prevention of Electronic Crimes Act, 2016 (XL of 2016)",
                    false, "RESTRICTED", "moit-data-sharing-protocol-2026", Format.PDF, List.of()));

    /** The demo drafts' titles, without rendering them. */
    public static List<String> titles() {
        return CATALOGUE.stream().map(Spec::title).toList();
    }

    /** Renders all demo drafts; each call renders them afresh, so callers may keep the arrays. */
    public static List<DemoDocument> all() {
        return CATALOGUE.stream().map(DemoDocuments::render).toList();
    }

    /**
     * Renders an A4 PDF: the title in bold, then the paragraphs, with "Page n of m" footers.
     * Paragraphs may use the markers described in {@link DemoTexts} ("# ", "## ", "> ", ">> ", "^ ",
     * and "---" for a page break).
     * Characters the standard Times font cannot encode (e.g. Urdu) are left out.
     */
    public static byte[] pdf(String title, List<String> paragraphs) {
        return PdfRenderer.render(title, paragraphs, new Meta(SECRETARIAT, "DRAFT", DRAFTED));
    }

    /** Renders an A4 DOCX: the title as a heading, then the paragraphs (markers as for {@link #pdf}). */
    public static byte[] docx(String title, List<String> paragraphs) {
        return DocxRenderer.render(title, paragraphs, new Meta(SECRETARIAT, "DRAFT", DRAFTED));
    }

    private static DemoDocument render(Spec spec) {
        List<String> original = DemoTexts.load(spec.name());
        String marking = spec.classification() + " \u2014 DRAFT";
        byte[] content = spec.format().render(spec.title(), original, new Meta(spec.committeeName(), marking, DRAFTED));

        String revisedFileName = null;
        byte[] revisedContent = null;
        if (!spec.revision().isEmpty()) {
            List<String> revised = DemoTexts.revise(original, spec.revision());
            revisedFileName = spec.name() + "-v2." + spec.format().extension;
            revisedContent = spec.format().render(spec.title(), revised,
                    new Meta(spec.committeeName(), marking, REVISED));
        }
        return new DemoDocument(spec.title(), spec.committeeCode(), spec.kind(), spec.legalBasis(),
                spec.financialImplications(), spec.classification(), spec.name() + "." + spec.format().extension,
                spec.format().mediaType, content, revisedFileName, revisedContent);
    }

    /** Lays text out on A4 pages with the standard Times fonts, wrapping and paginating as it goes. */
    private static final class PdfRenderer {

        private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
        private static final float MARGIN = 72;
        private static final float TOP = PAGE_SIZE.getHeight() - MARGIN;
        private static final float TEXT_WIDTH = PAGE_SIZE.getWidth() - 2 * MARGIN;
        private static final float BODY_SIZE = 11;
        private static final float LEADING = 14;
        private static final float PARAGRAPH_GAP = 5;
        private static final float INDENT = 24;
        private static final float TITLE_SIZE = 15;
        private static final float MARGINAL_SIZE = 9;

        // Shared because each new standard font logs a fallback-font warning on hosts without Times;
        // they are never embedded, so nothing ties them to one document.
        private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
        private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);

        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        private PdfRenderer(PDDocument document) {
            this.document = document;
        }

        // Synchronized because the shared fonts cache glyph widths in unsynchronized maps.
        static synchronized byte[] render(String title, List<String> paragraphs, Meta meta) {
            try (PDDocument document = new PDDocument()) {
                PdfRenderer renderer = new PdfRenderer(document);
                renderer.newPage();
                renderer.title(title);
                for (String paragraph : paragraphs) {
                    renderer.block(Block.parse(paragraph));
                }
                renderer.stream.close();
                renderer.stampMargins(meta.marking());
                describe(document, title, meta);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot render PDF " + title, e);
            }
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PAGE_SIZE);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = TOP;
        }

        private void title(String title) throws IOException {
            for (String line : wrap(winAnsi(title), BOLD, TITLE_SIZE, TEXT_WIDTH)) {
                y -= TITLE_SIZE + 4;
                show(line, BOLD, TITLE_SIZE, MARGIN + (TEXT_WIDTH - width(line, BOLD, TITLE_SIZE)) / 2, 0);
            }
            y -= 8;
            stream.setLineWidth(0.75f);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + TEXT_WIDTH, y);
            stream.stroke();
            y -= 10;
        }

        private void block(Block block) throws IOException {
            if (block.style() == DemoTexts.Style.PAGE_BREAK) {
                if (y < TOP) {
                    newPage();
                }
                return;
            }
            String text = winAnsi(block.text());
            if (text.isEmpty()) {
                return; // e.g. an Urdu paragraph, which the standard fonts cannot draw
            }
            PDFont font = switch (block.style()) {
                case CENTRED, HEADING -> BOLD;
                default -> REGULAR;
            };
            float indent = switch (block.style()) {
                case INDENTED -> INDENT;
                case DOUBLY_INDENTED -> 2 * INDENT;
                default -> 0;
            };
            List<String> lines = wrap(text, font, BODY_SIZE, TEXT_WIDTH - indent);

            if (block.style() == DemoTexts.Style.HEADING || block.style() == DemoTexts.Style.CENTRED) {
                // Keep a heading with the first lines of what follows it.
                y -= y < TOP ? 4 : 0;
                ensureRoom((lines.size() + 2) * LEADING);
            }
            for (int i = 0; i < lines.size(); i++) {
                ensureRoom(LEADING);
                y -= LEADING;
                String line = lines.get(i);
                float lineWidth = width(line, font, BODY_SIZE);
                float available = TEXT_WIDTH - indent;
                float x = switch (block.style()) {
                    case CENTRED -> MARGIN + (TEXT_WIDTH - lineWidth) / 2;
                    case RIGHT -> MARGIN + TEXT_WIDTH - lineWidth;
                    default -> MARGIN + indent;
                };
                boolean justify = justified(block.style()) && i < lines.size() - 1;
                show(line, font, BODY_SIZE, x, justify ? wordSpacing(line, lineWidth, available) : 0);
            }
            y -= PARAGRAPH_GAP;
        }

        private static boolean justified(DemoTexts.Style style) {
            return switch (style) {
                case BODY, INDENTED, DOUBLY_INDENTED -> true;
                default -> false;
            };
        }

        /** The extra space per word gap that makes a line fill the measure. */
        private static float wordSpacing(String line, float lineWidth, float available) {
            long gaps = line.chars().filter(c -> c == ' ').count();
            // A short line (one broken before a very long word) would look torn apart if stretched.
            if (gaps == 0 || lineWidth < 0.75f * available) {
                return 0;
            }
            return (available - lineWidth) / gaps;
        }

        private void ensureRoom(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
            }
        }

        private void show(String line, PDFont font, float size, float x, float wordSpacing) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            // Word spacing applies to the single-byte space of these fonts, which is how PDF justifies.
            stream.setWordSpacing(wordSpacing);
            stream.newLineAtOffset(x, y);
            stream.showText(line);
            stream.endText();
        }

        /** Writes the classification marking at the head and "Page n of m" at the foot of every page. */
        private void stampMargins(String marking) throws IOException {
            String head = winAnsi(marking);
            int pages = document.getNumberOfPages();
            for (int n = 1; n <= pages; n++) {
                PDPage page = document.getPage(n - 1);
                try (PDPageContentStream margin =
                        new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                    centred(margin, head, BOLD, PAGE_SIZE.getHeight() - 40);
                    centred(margin, "Page " + n + " of " + pages, REGULAR, 36);
                }
            }
        }

        private static void centred(PDPageContentStream margin, String text, PDFont font, float baseline)
                throws IOException {
            margin.beginText();
            margin.setFont(font, MARGINAL_SIZE);
            margin.newLineAtOffset((PAGE_SIZE.getWidth() - width(text, font, MARGINAL_SIZE)) / 2, baseline);
            margin.showText(text);
            margin.endText();
        }

        /** Greedy word wrap by measured width; a word wider than the measure is broken by characters. */
        private static List<String> wrap(String text, PDFont font, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" +")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > maxWidth) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > maxWidth) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
            return lines;
        }

        private static float width(String text, PDFont font, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /**
         * Reduces text to what the standard 14 fonts can draw (WinAnsi): typographic quotes become
         * straight ones and anything else outside the encoding, such as Urdu, is dropped.
         */
        static String winAnsi(String text) {
            String straightened = text
                    .replace('\u2018', '\'').replace('\u2019', '\'')
                    .replace('\u201C', '"').replace('\u201D', '"')
                    .replace('\u00A0', ' ').replace('\t', ' ');
            StringBuilder out = new StringBuilder(straightened.length());
            straightened.codePoints().filter(PdfRenderer::isWinAnsi).forEach(out::appendCodePoint);
            return out.toString().replaceAll(" {2,}", " ").strip();
        }

        private static boolean isWinAnsi(int codePoint) {
            String glyph = GlyphList.getAdobeGlyphList().codePointToName(codePoint);
            return WinAnsiEncoding.INSTANCE.contains(glyph);
        }

        private static void describe(PDDocument document, String title, Meta meta) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setAuthor(meta.author());
            info.setSubject("Draft for consultation of the National Social Media Coordination Working Group");
            info.setCreator("Mashwara demo data");
            info.setProducer("Apache PDFBox");
            info.setCreationDate(GregorianCalendar.from(meta.date()));
            info.setModificationDate(GregorianCalendar.from(meta.date()));
            // Without an ID, PDFBox derives one from the current time, which would change the bytes
            // on every run; derive it from the title and date instead.
            byte[] id = md5(title + "|" + meta.date());
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().setDocumentID(ids);
        }

        private static byte[] md5(String text) {
            try {
                return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("MD5 is a required JDK algorithm", e);
            }
        }
    }

    /** Builds an A4 Word document with real heading styles, so Word's navigation pane works. */
    private static final class DocxRenderer {

        private static final String FONT = "Times New Roman";
        private static final String URDU_FONT = "Arial";
        private static final int BODY_SIZE = 12;
        // OOXML measures pages in twentieths of a point: A4 is 11906 x 16838, one inch is 1440.
        private static final int A4_WIDTH = 11906;
        private static final int A4_HEIGHT = 16838;
        private static final int INCH = 1440;
        private static final int INDENT = 567;

        static byte[] render(String title, List<String> paragraphs, Meta meta) {
            try (XWPFDocument document = new XWPFDocument()) {
                setUpPage(document);
                addStyles(document);
                addMargins(document, meta.marking());
                addTitle(document, title);
                boolean pageBreak = false;
                for (String paragraph : paragraphs) {
                    Block block = Block.parse(paragraph);
                    if (block.style() == DemoTexts.Style.PAGE_BREAK) {
                        // "Page break before" on the next paragraph, not an empty paragraph holding a
                        // break, which would leave a blank line at the top of the new page.
                        pageBreak = true;
                        continue;
                    }
                    addBlock(document, block).setPageBreak(pageBreak);
                    pageBreak = false;
                }
                describe(document, title, meta);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                document.write(out);
                return withFixedTimestamps(out.toByteArray(), meta.date().toLocalDateTime());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot render DOCX " + title, e);
            }
        }

        private static void setUpPage(XWPFDocument document) {
            var body = document.getDocument().getBody();
            CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(A4_WIDTH));
            size.setH(BigInteger.valueOf(A4_HEIGHT));
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(INCH));
            margins.setBottom(BigInteger.valueOf(INCH));
            margins.setLeft(BigInteger.valueOf(INCH));
            margins.setRight(BigInteger.valueOf(INCH));
            margins.setHeader(BigInteger.valueOf(INCH / 2));
            margins.setFooter(BigInteger.valueOf(INCH / 2));
            margins.setGutter(BigInteger.ZERO);
        }

        private static void addStyles(XWPFDocument document) {
            XWPFStyles styles = document.createStyles();
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(FONT);
            fonts.setHAnsi(FONT);
            fonts.setCs(FONT);
            styles.setDefaultFonts(fonts);
            // Word recognises built-in headings by these style names ("Title", "heading 2").
            styles.addStyle(headingStyle("Title", "Title", 0, 32));
            styles.addStyle(headingStyle("Heading2", "heading 2", 1, 24));
        }

        private static XWPFStyle headingStyle(String id, String name, int outlineLevel, int halfPoints) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(name);
            style.addNewQFormat();
            CTPPrGeneral paragraph = style.addNewPPr();
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            CTRPr run = style.addNewRPr();
            run.addNewB();
            run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            return new XWPFStyle(style);
        }

        /** The classification marking in the header and "Page n of m" fields in the footer. */
        private static void addMargins(XWPFDocument document, String marking) {
            XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph head = header.createParagraph();
            head.setAlignment(ParagraphAlignment.CENTER);
            text(head, marking, true, 9);

            XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph foot = footer.createParagraph();
            foot.setAlignment(ParagraphAlignment.CENTER);
            text(foot, "Page ", false, 9);
            field(foot, "PAGE");
            text(foot, " of ", false, 9);
            field(foot, "NUMPAGES");
        }

        /** A complex field (begin, instruction, separator, cached result, end); Word recomputes it. */
        private static void field(XWPFParagraph paragraph, String instruction) {
            paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            paragraph.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
            paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            text(paragraph, "1", false, 9);
            paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        }

        private static void addTitle(XWPFDocument document, String title) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle("Title");
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.setBorderBottom(Borders.SINGLE);
            paragraph.setSpacingAfter(360);
            text(paragraph, title, true, 16);
        }

        private static XWPFParagraph addBlock(XWPFDocument document, Block block) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingAfter(120);
            boolean bold = false;
            switch (block.style()) {
                case CENTRED -> {
                    paragraph.setAlignment(ParagraphAlignment.CENTER);
                    bold = true;
                }
                case HEADING -> {
                    paragraph.setStyle("Heading2");
                    paragraph.setSpacingBefore(200);
                    bold = true;
                }
                case BODY -> paragraph.setAlignment(ParagraphAlignment.BOTH);
                case INDENTED -> indent(paragraph, INDENT);
                case DOUBLY_INDENTED -> indent(paragraph, 2 * INDENT);
                case RIGHT -> paragraph.setAlignment(ParagraphAlignment.RIGHT);
                case PAGE_BREAK -> throw new IllegalArgumentException("A page break is not a paragraph");
            }
            XWPFRun run = text(paragraph, block.text(), bold, BODY_SIZE);
            if (block.isRightToLeft()) {
                rightToLeft(paragraph, run, bold);
            }
            return paragraph;
        }

        private static void indent(XWPFParagraph paragraph, int twips) {
            paragraph.setAlignment(ParagraphAlignment.BOTH);
            paragraph.setIndentationLeft(twips);
        }

        /**
         * Urdu needs a right-to-left paragraph, and its run the complex-script counterparts of the
         * usual properties (font, bold, size), which Word applies to Arabic-script text instead.
         */
        private static void rightToLeft(XWPFParagraph paragraph, XWPFRun run, boolean bold) {
            var paragraphXml = paragraph.getCTP();
            (paragraphXml.isSetPPr() ? paragraphXml.getPPr() : paragraphXml.addNewPPr()).addNewBidi();
            paragraph.setAlignment(ParagraphAlignment.BOTH);
            run.setFontFamily(URDU_FONT, XWPFRun.FontCharRange.cs);
            CTRPr runProperties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
            if (bold) {
                runProperties.addNewBCs();
            }
            runProperties.addNewSzCs().setVal(BigInteger.valueOf(28));
            runProperties.addNewRtl();
            runProperties.addNewLang().setBidi("ur-PK");
        }

        private static XWPFRun text(XWPFParagraph paragraph, String text, boolean bold, int size) {
            XWPFRun run = paragraph.createRun();
            run.setFontFamily(FONT);
            if (bold) {
                run.setBold(true);
            }
            run.setFontSize(size);
            run.setText(text);
            return run;
        }

        /**
         * POI stamps every zip entry with the current time, so the same document would differ
         * byte for byte between runs; rewrite the package with the draft's own date instead.
         */
        private static byte[] withFixedTimestamps(byte[] docx, LocalDateTime timestamp) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                    ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    ZipEntry copy = new ZipEntry(entry.getName());
                    copy.setTimeLocal(timestamp); // local DOS time: independent of the JVM's time zone
                    zip.putNextEntry(copy);
                    in.transferTo(zip);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        }

        private static void describe(XWPFDocument document, String title, Meta meta) {
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            core.setTitle(title);
            core.setCreator(meta.author());
            core.setLastModifiedByUser(meta.author());
            core.setDescription("Draft for consultation of the National Social Media Coordination Working Group");
            Optional<Date> date = Optional.of(Date.from(meta.date().toInstant()));
            core.setCreated(date);
            core.setModified(date);
        }
    }
}
