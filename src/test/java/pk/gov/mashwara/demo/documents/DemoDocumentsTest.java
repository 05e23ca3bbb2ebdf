package pk.gov.mashwara.demo.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemoDocumentsTest {

    private static final Set<String> COMMITTEES = Set.of("MOIT", "MOIB", "PTA", "PEMRA", "LAW", "CABINET");
    private static final Set<String> KINDS =
            java.util.Arrays.stream(pk.gov.mashwara.draft.DraftKind.values()).map(Enum::name)
                    // a regulator's rules for the Federal Government's approval have no demo document yet: their path
                    // is walked in InstrumentPathsIT
                    .filter(kind -> !kind.equals("REGULATOR_RULES"))
                    .collect(java.util.stream.Collectors.toSet());
    private static final Set<String> CLASSIFICATIONS = Set.of("UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL");

    /** A clause only the given draft contains: proof that its body, not just its title, came through. */
    private static final Map<String, String> DISTINCTIVE_CLAUSES = Map.of(
            "moit-unlawful-online-content-rules-2026.pdf",
            "No order shall be passed under these rules for the sole reason that online content is critical of"
                    + " the Federal Government",
            "pemra-digital-media-content-regulations-2026.docx",
            "shall clearly distinguish between news on the one hand, and opinion, analysis or commentary",
            "law-defamation-amendment-bill-2026.pdf",
            "11A. Early dismissal of proceedings against public participation",
            "moib-social-media-engagement-policy-2026.docx",
            "Comments shall not be hidden or deleted merely because they are critical of the government entity",
            "pta-platform-registration-regulations-2026.pdf",
            "The Authority shall not require, as a condition of registration, the disclosure of any proprietary"
                    + " source code",
            "cabinet-digital-rights-online-safety-ordinance-2026.docx",
            "NOW, THEREFORE, in exercise of the powers conferred by clause (1) of Article 89",
            "moit-data-sharing-protocol-2026.pdf",
            "The content of private communications shall not be shared under this Protocol in any case");

    // Rendered once: all tests only read the documents.
    private static final List<DemoDocument> DOCUMENTS = DemoDocuments.all();

    static Stream<DemoDocument> documents() {
        return DOCUMENTS.stream();
    }

    static Stream<DemoDocument> revisedDocuments() {
        return DOCUMENTS.stream().filter(DemoDocument::hasRevision);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void isARealFileOfSeveralPages(DemoDocument document) throws IOException {
        if (isPdf(document.fileName())) {
            assertThat(document.mediaType()).isEqualTo(DemoDocuments.PDF_MEDIA_TYPE);
            assertThat(pdfPages(document.content())).isGreaterThanOrEqualTo(3);
        } else {
            assertThat(document.fileName()).endsWith(".docx");
            assertThat(document.mediaType()).isEqualTo(DemoDocuments.DOCX_MEDIA_TYPE);
            assertThat(text(document.fileName(), document.content())).hasSizeGreaterThanOrEqualTo(9_000);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void containsItsTitleAndADistinctiveClause(DemoDocument document) throws IOException {
        String text = text(document.fileName(), document.content());

        assertThat(text).contains(singleSpaced(document.title()));
        assertThat(DISTINCTIVE_CLAUSES).containsKey(document.fileName());
        assertThat(text).contains(DISTINCTIVE_CLAUSES.get(document.fileName()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void usesOnlyTheAllowedCodes(DemoDocument document) {
        assertThat(document.committeeCode()).isIn(COMMITTEES);
        assertThat(document.kind()).isIn(KINDS);
        assertThat(document.classification()).isIn(CLASSIFICATIONS);
        assertThat(document.legalBasis()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("revisedDocuments")
    void revisionIsAValidFileOfTheSameFormatWithChangedText(DemoDocument document) throws IOException {
        String extension = document.fileName().substring(document.fileName().lastIndexOf('.'));
        assertThat(document.revisedFileName()).endsWith(extension).isNotEqualTo(document.fileName());

        String original = text(document.fileName(), document.content());
        String revised = text(document.revisedFileName(), document.revisedContent());

        assertThat(revised).contains(singleSpaced(document.title())).isNotEqualTo(original);
        assertThat(changedSentences(original, revised)).hasSizeGreaterThanOrEqualTo(3);
        if (isPdf(document.revisedFileName())) {
            assertThat(pdfPages(document.revisedContent())).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void catalogueCoversTheCommitteesKindsAndFormats() {
        assertThat(DOCUMENTS).hasSizeGreaterThanOrEqualTo(7);
        assertThat(DOCUMENTS).extracting(DemoDocument::title).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(6);
        assertThat(DOCUMENTS).extracting(DemoDocument::fileName).doesNotHaveDuplicates();
        assertThat(distinct(DemoDocument::committeeCode)).hasSizeGreaterThanOrEqualTo(5);
        assertThat(distinct(DemoDocument::kind)).containsExactlyInAnyOrderElementsOf(KINDS);
        assertThat(DOCUMENTS).filteredOn(document -> isPdf(document.fileName())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(DOCUMENTS).filteredOn(document -> !isPdf(document.fileName())).hasSizeGreaterThanOrEqualTo(3);
        assertThat(DOCUMENTS).filteredOn(DemoDocument::hasRevision).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aWordDocumentCarriesAnUrduSummary() throws IOException {
        List<String> texts = new ArrayList<>();
        for (DemoDocument document : DOCUMENTS) {
            if (!isPdf(document.fileName())) {
                texts.add(text(document.fileName(), document.content()));
            }
        }
        assertThat(texts).anySatisfy(text -> assertThat(text).contains("خلاصہ"));
    }

    @Test
    void renderingIsDeterministic() {
        List<DemoDocument> again = DemoDocuments.all();

        assertThat(again).hasSameSizeAs(DOCUMENTS);
        for (int i = 0; i < DOCUMENTS.size(); i++) {
            assertThat(again.get(i).content()).as(DOCUMENTS.get(i).fileName()).isEqualTo(DOCUMENTS.get(i).content());
        }
    }

    @Test
    void pdfHelperDropsWhatTheStandardFontsCannotDrawAndPaginates() throws IOException {
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("## 1. A heading.");
        paragraphs.add("Typographic \u201Cquotes\u201D and an Urdu word خلاصہ are handled.");
        paragraphs.add("خلاصہ");
        IntStream.rangeClosed(1, 120).forEach(i -> paragraphs.add("> (" + i + ") A clause long enough to be"
                + " wrapped over more than one line of the page, so that the text must flow onto further pages."));

        byte[] pdf = DemoDocuments.pdf("Test Title", paragraphs);

        String text = text("test.pdf", pdf);
        assertThat(text).contains("Test Title", "1. A heading.", "Typographic \"quotes\" and an Urdu word are handled.",
                "(120) A clause", "Page 2 of");
        assertThat(pdfPages(pdf)).isGreaterThan(1);
    }

    @Test
    void docxHelperKeepsUnicode() throws IOException {
        byte[] docx = DemoDocuments.docx("Test Title", List.of("## Heading", "Body text.", "خلاصہ"));

        assertThat(text("test.docx", docx)).contains("Test Title", "Heading", "Body text.", "خلاصہ");
    }

    @Test
    void revisionAnchorsMustMatchExactlyOneParagraph() {
        List<String> paragraphs = List.of("(1) First.", "(2) Second.", "(3) Third.");

        assertThat(DemoTexts.revise(paragraphs, List.of(
                DemoTexts.Edit.replace("(1)", "(1) First, amended."),
                DemoTexts.Edit.remove("(2)"),
                DemoTexts.Edit.insertAfter("(3)", "(4) Fourth."))))
                .containsExactly("(1) First, amended.", "(3) Third.", "(4) Fourth.");
        assertThatThrownBy(() -> DemoTexts.revise(paragraphs, List.of(DemoTexts.Edit.remove("Fifth"))))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DemoTexts.revise(paragraphs, List.of(DemoTexts.Edit.remove(")"))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void markerLinesStartNewParagraphsAndWrappedLinesAreJoined() {
        assertThat(DemoTexts.paragraphs("""
                # GOVERNMENT OF PAKISTAN
                # CABINET DIVISION

                A paragraph
                wrapped over two lines.
                ^ (Secretary)

                ---

                # SCHEDULE
                """))
                .containsExactly("# GOVERNMENT OF PAKISTAN", "# CABINET DIVISION",
                        "A paragraph wrapped over two lines.", "^ (Secretary)", "---", "# SCHEDULE");
        assertThat(DemoTexts.Block.parse("---").style()).isEqualTo(DemoTexts.Style.PAGE_BREAK);
        assertThat(DemoTexts.Block.parse(">> (i) x")).isEqualTo(
                new DemoTexts.Block(DemoTexts.Style.DOUBLY_INDENTED, "(i) x"));
    }

    private static Set<String> distinct(Function<DemoDocument, String> attribute) {
        return DOCUMENTS.stream().map(attribute).collect(Collectors.toSet());
    }

    private static boolean isPdf(String fileName) {
        return fileName.endsWith(".pdf");
    }

    private static int pdfPages(byte[] content) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            return pdf.getNumberOfPages();
        }
    }

    /** The text of a PDF or DOCX with runs of whitespace (line breaks included) made single spaces. */
    private static String text(String fileName, byte[] content) throws IOException {
        if (isPdf(fileName)) {
            try (PDDocument pdf = Loader.loadPDF(content)) {
                return singleSpaced(new PDFTextStripper().getText(pdf));
            }
        }
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content));
                XWPFWordExtractor extractor = new XWPFWordExtractor(docx)) {
            return singleSpaced(extractor.getText());
        }
    }

    private static String singleSpaced(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** Sentences and clauses present in one version but not the other, in either direction. */
    private static Set<String> changedSentences(String original, String revised) {
        Set<String> before = sentences(original);
        Set<String> after = sentences(revised);
        return Stream.concat(
                        before.stream().filter(sentence -> !after.contains(sentence)),
                        after.stream().filter(sentence -> !before.contains(sentence)))
                .collect(Collectors.toSet());
    }

    private static Set<String> sentences(String text) {
        return Stream.of(text.split("(?<=[.;:]) ")).collect(Collectors.toSet());
    }
}
