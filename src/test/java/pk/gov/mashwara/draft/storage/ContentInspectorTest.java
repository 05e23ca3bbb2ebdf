package pk.gov.mashwara.draft.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import pk.gov.mashwara.demo.documents.DemoDocuments;
import pk.gov.mashwara.shared.RefusedFileException;
import pk.gov.mashwara.support.TestFiles;
import pk.gov.mashwara.support.TextSamples;

class ContentInspectorTest {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** Real documents of several formats, kept next to the project (see its MANIFEST.tsv). */
    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    private final ContentInspector inspector = new ContentInspector();

    @TempDir
    Path dir;

    @Test
    void a_pdf_is_recognised_as_pdf() throws IOException {
        var pdf = write("draft.bin", DemoDocuments.pdf("Online Safety Rules", List.of("Clause 1.", "Clause 2.")));

        assertThat(inspector.inspect(pdf)).isEqualTo("application/pdf");
    }

    @Test
    void a_docx_is_recognised_as_a_word_document_not_as_a_zip() throws IOException {
        var docx = write("draft.bin", DemoDocuments.docx("Online Safety Rules", List.of("Clause 1.", "خلاصہ")));

        assertThat(inspector.inspect(docx)).isEqualTo(DOCX);
    }

    @Test
    void a_zip_archive_is_refused_even_when_named_docx() throws IOException {
        var zip = write("draft.docx", TestFiles.zipNamedLikeDocx());

        assertThatThrownBy(() -> inspector.inspect(zip))
                .isInstanceOfSatisfying(RefusedFileException.class, e -> {
                    assertThat(e.reason()).isEqualTo(RefusedFileException.Reason.TYPE_NOT_ALLOWED);
                    assertThat(e.getMessage()).contains("ZIP archive").contains("PDF");
                });
    }

    @Test
    void plain_text_in_english_and_urdu_is_accepted() throws IOException {
        var text = write("notes.txt", ("Comments of the NSMCWG on the draft rules.\n"
                + "مسودہ قواعد پر ورکنگ گروپ کی آراء۔\n").getBytes(StandardCharsets.UTF_8));

        assertThat(inspector.inspect(text)).isEqualTo("text/plain");
    }

    static Stream<Arguments> textsTikaTakesForSomethingElse() {
        return Stream.of(Arguments.of("English in windows-1252", TextSamples.windows1252()),
                Arguments.of("Urdu in windows-1256", TextSamples.windows1256()),
                Arguments.of("a text that starts like a robots file", TextSamples.robotsLike()),
                Arguments.of("a text that starts like a mail", TextSamples.mailLike()),
                Arguments.of("a vCard", "BEGIN:VCARD\nVERSION:3.0\nFN:Focal Person\nEND:VCARD\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textsTikaTakesForSomethingElse")
    void a_plain_text_that_tika_takes_for_another_type_is_accepted_as_plain_text(String description, byte[] content)
            throws IOException {
        assertThat(inspector.inspect(write("notes.txt", content))).isEqualTo("text/plain");
    }

    @Test
    void binary_data_is_still_refused_even_without_zero_bytes() throws IOException {
        var bytes = new byte[4096];
        new java.util.Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == 0 ? 1 : bytes[i];
        }
        assertThatThrownBy(() -> inspector.inspect(write("notes.txt", bytes)))
                .isInstanceOfSatisfying(RefusedFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusedFileException.Reason.TYPE_NOT_ALLOWED));
    }

    @Test
    void html_is_accepted() throws IOException {
        var html = write("policy.html", """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Policy</title></head>
                <body><h1>Social Media Engagement Policy</h1><p>Clause 1.</p></body></html>
                """.getBytes(StandardCharsets.UTF_8));

        assertThat(inspector.inspect(html)).isIn("text/html", "application/xhtml+xml");
    }

    @Test
    void a_png_scan_is_accepted() throws IOException {
        var image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 40, 20);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);

        assertThat(inspector.inspect(write("scan.png", out.toByteArray()))).isEqualTo("image/png");
    }

    static Stream<Arguments> programs() {
        var windows = new byte[512];
        windows[0] = 'M';
        windows[1] = 'Z';
        var stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, windows, 0x4E, stub.length);
        var elf = new byte[64];
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        elf[4] = 2;
        elf[5] = 1;
        elf[6] = 1;
        return Stream.of(Arguments.of("a Windows program", windows), Arguments.of("a Linux program", elf));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void an_executable_is_refused_whatever_it_is_called(String description, byte[] content) throws IOException {
        var program = write("minutes.pdf", content);

        assertThatThrownBy(() -> inspector.inspect(program))
                .isInstanceOfSatisfying(RefusedFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusedFileException.Reason.TYPE_NOT_ALLOWED));
    }

    static Stream<Arguments> corpus() {
        var manifest = CORPUS.resolve("MANIFEST.tsv");
        if (!Files.isRegularFile(manifest)) {
            // One placeholder, so that the parameterized test reports itself skipped rather than failing
            return Stream.of(Arguments.of("MANIFEST.tsv", "absent"));
        }
        try {
            return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream().skip(1).map(line -> line.split("\t"))
                    .filter(columns -> columns.length >= 3)
                    .map(columns -> Arguments.of(columns[0], columns[2]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_corpus_of_real_documents_is_there_when_the_project_is_checked_out_beside_it() {
        assumeTrue(Files.isRegularFile(CORPUS.resolve("MANIFEST.tsv")), "no ../shared/corpus beside the project");

        assertThat(corpus()).hasSizeGreaterThan(10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void real_documents_from_the_corpus_are_accepted_as_their_format(String path, String format) throws IOException {
        var file = CORPUS.resolve(path);
        assumeTrue(Files.isRegularFile(file), "corpus file missing: " + path);

        var expected = switch (format) {
            case "pdf" -> Set.of("application/pdf");
            case "txt" -> Set.of("text/plain");
            case "html" -> Set.of("text/html", "application/xhtml+xml");
            case "epub" -> Set.of("application/epub+zip");
            default -> throw new IllegalStateException("Unexpected format in MANIFEST.tsv: " + format);
        };
        assertThat(inspector.inspect(file)).isIn(expected);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
