package pk.gov.mashwara.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;
import static pk.gov.mashwara.support.ApiClient.as;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.draft.storage.FileStore;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient.Part;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.TestFiles;
import pk.gov.mashwara.support.WebIntegrationTest;
import pk.gov.mashwara.text.extraction.worker.TestDocuments;

/**
 * Hostile uploads through the API, one row per input. For each: the answer is the expected status with a clear
 * JSON message (never a trace or a 500), the portal keeps serving, an accepted file comes back byte for byte and
 * ends in the expected extraction status, a refused one leaves no draft, and nothing is written anywhere but the
 * store: the store gains exactly the accepted object, the store's parent and its temporary folder are unchanged,
 * and no file carrying the suite's marker turns up under the temporary folder or the working directory.
 */
@WebIntegrationTest
class HostileUploadsIT {

    /** In every hostile name, so that a file written from a name could be found wherever it landed. */
    static final String MARK = "hostile" + UUID.randomUUID().toString().substring(0, 8);
    /** The content of the local file the XXE rows reach for; it must never come back from the portal. */
    static final String SECRET = "secretzq" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    static final Duration EXTRACTED_WITHIN = Duration.ofSeconds(180);
    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String EXTRACTED_FINAL = "DONE|TRUNCATED|NO_TEXT|ENCRYPTED|UNSUPPORTED|FAILED";

    static Path secretDir;
    static Path secret;

    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    FileStore store;
    @Autowired
    SearchService search;

    private ApiClient api;
    private MashwaraUser drafter;

    @BeforeAll
    static void secretFile() throws IOException {
        secretDir = Files.createTempDirectory("mashwara-secret");
        secret = secretDir.resolve("secret.txt");
        Files.writeString(secret, SECRET + "\n");
    }

    @AfterAll
    static void removeSecret() throws IOException {
        Files.deleteIfExists(secret);
        Files.deleteIfExists(secretDir);
    }

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
    }

    /** What must come of a row: refused with a status, error code and words of its message, or accepted. */
    record Expected(int status, String code, String message, String extraction, String storedName, String mediaType) {

        static Expected refused(int status, String message) {
            return new Expected(status, status == 400 && !message.contains("empty") ? "invalid_input" : "file_refused",
                    message, null, null, null);
        }

        static Expected invalid(String message) {
            return new Expected(400, "invalid_input", message, null, null, null);
        }

        static Expected accepted(String mediaType, String extraction) {
            return new Expected(201, null, null, extraction, null, mediaType);
        }

        Expected named(String name) {
            return new Expected(status, code, message, extraction, name, mediaType);
        }
    }

    record Row(String what, String title, String fileName, String contentType, Supplier<byte[]> content,
            Expected expected, boolean reachesForSecret) {

        Row xxe() {
            return new Row(what, title, fileName, contentType, content, expected, true);
        }

        @Override
        public String toString() {
            return what;
        }
    }

    static Row row(String what, String fileName, String contentType, Supplier<byte[]> content, Expected expected) {
        return new Row(what, null, fileName, contentType, content, expected, false);
    }

    static Row titled(String what, String title, Expected expected) {
        return new Row(what, title, MARK + ".pdf", PDF, () -> Fixtures.uniquePdf(title), expected, false);
    }

    static Stream<Row> hostileUploads() {
        var pdf = (Supplier<byte[]>) () -> Fixtures.uniquePdf("Hostile " + UUID.randomUUID());
        return Stream.of(
                // bombs and archives
                row("gzip bomb", MARK + ".txt.gz", "application/gzip", () -> TestDocuments.gzipBomb(100),
                        Expected.refused(415, "GZIP")),
                row("zip bomb", MARK + ".zip", "application/zip", () -> HostileFiles.zipBomb(100),
                        Expected.refused(415, "ZIP")),
                row("zip bomb inside a DOCX", MARK + ".docx", DOCX, () -> HostileFiles.docxBomb(40),
                        Expected.accepted(DOCX, "TRUNCATED|FAILED")),
                row("archive nested 30 deep", MARK + ".zip", "application/zip", () -> TestDocuments.nestedZip(30),
                        Expected.refused(415, "ZIP")),
                row("archive nested 30 deep inside a DOCX", MARK + ".docx", DOCX,
                        () -> HostileFiles.docxWithNestedArchive(30), Expected.refused(415, "Office file of no known kind")),
                // XML
                row("entity expansion in XHTML", MARK + ".xhtml", "application/xhtml+xml", HostileFiles::xhtmlLaughs,
                        Expected.accepted("application/xhtml+xml", EXTRACTED_FINAL)),
                row("entity expansion in a DOCX", MARK + ".docx", DOCX, HostileFiles::docxLaughs,
                        Expected.accepted(DOCX, "FAILED|DONE")),
                row("XXE in plain XML", MARK + ".xml", "application/xml", () -> HostileFiles.xmlXxe(secret),
                        Expected.refused(415, "XML data")).xxe(),
                row("XXE in XHTML", MARK + ".xhtml", "application/xhtml+xml", () -> HostileFiles.xhtmlXxe(secret),
                        Expected.accepted("application/xhtml+xml", EXTRACTED_FINAL)).xxe(),
                row("XXE in a DOCX", MARK + ".docx", DOCX, () -> HostileFiles.docxXxe(secret),
                        Expected.accepted(DOCX, "FAILED|DONE")).xxe(),
                row("XXE in an ODT", MARK + ".odt", "application/vnd.oasis.opendocument.text",
                        () -> HostileFiles.odtXxe(secret),
                        Expected.accepted("application/vnd.oasis.opendocument.text", "FAILED|DONE|NO_TEXT")).xxe(),
                // encrypted and damaged
                row("password-protected PDF", MARK + ".pdf", PDF, () -> TestDocuments.encryptedPdf("Sealed words"),
                        Expected.accepted(PDF, "ENCRYPTED")),
                row("password-protected DOCX", MARK + ".docx", DOCX, HostileFiles::encryptedDocx,
                        Expected.accepted("application/x-tika-ooxml-protected", "ENCRYPTED")),
                row("truncated DOCX", MARK + ".docx", DOCX, TestDocuments::truncatedDocx,
                        Expected.accepted(DOCX, "FAILED|UNSUPPORTED")),
                row("truncated PDF", MARK + ".pdf", PDF, HostileFiles::truncatedPdf,
                        Expected.accepted(PDF, "DONE|FAILED")),
                // sizes
                row("zero bytes", MARK + ".pdf", PDF, () -> new byte[0], Expected.refused(400, "empty")),
                row("one byte over the limit", MARK + ".txt", "text/plain",
                        () -> "a".repeat(WebIntegrationTest.MAX_FILE_BYTES + 1).getBytes(StandardCharsets.US_ASCII),
                        Expected.refused(413, "nothing was stored")),
                // types that lie
                row("Windows program named .pdf", MARK + ".pdf", PDF, HostileFiles::windowsProgram,
                        Expected.refused(415, "Windows program")),
                row("shell script named .docx", MARK + ".docx", DOCX, HostileFiles::shellScript,
                        Expected.refused(415, "does not accept")),
                row("SVG with a script named .png", MARK + ".png", "image/png", HostileFiles::svgWithScript,
                        Expected.refused(415, "an SVG drawing")),
                row("PDF named .exe", MARK + ".exe", "application/x-msdownload", pdf,
                        Expected.accepted(PDF, "DONE").named(MARK + ".exe")),
                row("HTML with scripts named .pdf", MARK + ".pdf", PDF, () -> HostileFiles.htmlWithScript(MARK),
                        Expected.accepted("text/html", "DONE")),
                // polyglots
                row("PDF and ZIP at once", MARK + ".pdf", PDF, HostileFiles::pdfZipPolyglot,
                        Expected.accepted(PDF, "DONE")),
                row("PDF and HTML at once", MARK + ".html", "text/html", HostileFiles::pdfHtmlPolyglot,
                        Expected.accepted(PDF, "DONE")),
                row("GIF and HTML at once", MARK + ".html", "text/html", HostileFiles::gifHtmlPolyglot,
                        Expected.refused(415, "does not accept")),
                // names
                row("path traversal", "../../../../../../tmp/" + MARK + ".pdf", PDF, pdf,
                        Expected.accepted(PDF, "DONE").named(MARK + ".pdf")),
                row("Windows path traversal", "..\\..\\..\\" + MARK + ".pdf", PDF, pdf,
                        Expected.accepted(PDF, "DONE").named(MARK + ".pdf")),
                row("absolute path", "/etc/cron.d/" + MARK, PDF, pdf,
                        Expected.accepted(PDF, "DONE").named(MARK)),
                row("only dots", "..", PDF, pdf, Expected.accepted(PDF, "DONE").named("document")),
                row("ASCII control characters", MARK + "\u0000\u0007\u001b[31m.pdf", PDF, pdf,
                        Expected.invalid("not a valid multipart upload")),
                row("line breaks", MARK + "\r\n.pdf", PDF, pdf, Expected.accepted(PDF, "DONE")),
                row("other control characters", MARK + "\u007f\u0085\u009b.pdf", PDF, pdf,
                        Expected.accepted(PDF, "DONE").named(MARK + "___.pdf")),
                row("very long name", MARK + "x".repeat(5000) + ".pdf", PDF, pdf,
                        Expected.accepted(PDF, "DONE")),
                row("right-to-left override", MARK + "\u202Efdp.exe", PDF, pdf,
                        Expected.accepted(PDF, "DONE").named(MARK + "_fdp.exe")),
                row("HTML in the name", "<img src=x onerror=alert(1)>" + MARK + ".pdf", PDF, pdf,
                        Expected.accepted(PDF, "DONE").named("_img src=x onerror=alert(1)_" + MARK + ".pdf")),
                // titles
                titled("HTML and script in the title", "<script>alert('" + MARK + "')</script><b>bold</b> & co",
                        Expected.accepted(PDF, "DONE")),
                titled("SQL in the title", "'; DROP TABLE draft; -- " + MARK, Expected.accepted(PDF, "DONE")),
                titled("right-to-left override in the title", "Rules \u202Efdp.exe " + MARK,
                        Expected.accepted(PDF, "DONE")),
                // the NUL is refused as it arrives (InputRules), the other control characters by the draft's own rule
                titled("control characters in the title", "Rules\u0000\u0007\u001b[31m\u0085 " + MARK,
                        Expected.invalid("NUL character")),
                titled("control characters but no NUL in the title", "Rules\u0007\u001b[31m\u0085 " + MARK,
                        Expected.invalid("control characters")),
                titled("very long title", MARK + "t".repeat(10_000), Expected.invalid("at most")),
                titled("blank title", " \t ", Expected.invalid("title")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileUploads")
    void a_hostile_upload_gets_a_clear_answer_and_leaves_nothing_behind_but_what_it_accepted(Row row)
            throws IOException {
        var title = row.title() != null ? row.title() : Fixtures.unique("Hostile " + row.what());
        var content = row.content().get();
        var storeBefore = files(store.root());
        var parentBefore = parentEntries();

        var response = api.postMultipart("/api/drafts", ApiClient.newDraft(title, "PTA", "POLICY",
                Part.file(row.fileName(), row.contentType(), content)), as(drafter.getUsername()));

        var expected = row.expected();
        assertThat(response.status()).as(response.text()).isNotEqualTo(500).isEqualTo(expected.status());
        assertStillServing();
        Set<Path> added = new HashSet<>();
        if (expected.status() == 201) {
            var id = response.<Number>json("$.id").longValue();
            var sha = response.<String>json("$.sha256");
            assertThat(sha).isEqualTo(TestFiles.sha256(content));
            if (!storeBefore.contains(store.locate(sha))) {
                added.add(store.locate(sha));
            }
            assertAccepted(id, title, row, content);
        } else {
            assertJsonError(response, expected.status(), expected.code());
            assertThat(response.<String>json("$.message")).contains(expected.message());
            assertThat(response.text()).doesNotContain(SECRET);
            if (!title.isBlank()) {
                assertNoDraftTitled(title);
            }
        }
        var storeAfter = files(store.root());
        assertThat(difference(storeAfter, storeBefore)).as("files the upload added to the store").isEqualTo(added);
        assertThat(parentEntries()).as("the store's parent").isEqualTo(parentBefore);
        assertNoMarkedFiles();
    }

    @Test
    void a_refused_file_as_a_new_version_leaves_the_draft_as_it_was() {
        var created = api.postMultipart("/api/drafts", ApiClient.newDraft(Fixtures.unique("Hostile versions"), "PTA",
                "POLICY", Part.file("draft.pdf", PDF, Fixtures.uniquePdf("v1"))), as(drafter.getUsername()));
        assertThat(created.status()).isEqualTo(201);
        var id = created.<Number>json("$.id").longValue();
        var storeBefore = files(store.root());

        for (var refused : List.of(TestDocuments.gzipBomb(50), HostileFiles.zipBomb(50), new byte[0],
                HostileFiles.windowsProgram(), HostileFiles.xmlXxe(secret), HostileFiles.svgWithScript())) {
            var response = api.postMultipart("/api/drafts/" + id + "/versions",
                    List.of(Part.file("../" + MARK + ".pdf", PDF, refused)), as(drafter.getUsername()));
            assertThat(response.status()).as(response.text()).isBetween(400, 499);
            assertThat(response.<String>json("$.message")).contains("nothing was stored");
        }

        var details = api.get("/api/drafts/" + id, as(drafter.getUsername()));
        assertThat(details.<List<Integer>>json("$.versions[*].number")).containsExactly(1);
        assertThat(files(store.root())).isEqualTo(storeBefore);
        assertStillServing();
        assertNoMarkedFiles();
    }

    @Test
    void an_import_of_hostile_archives_reports_each_file_and_writes_nothing_outside_the_store() throws IOException {
        var entries = new java.util.LinkedHashMap<String, byte[]>();
        entries.put("../../../../tmp/" + MARK + "-a.txt", ("Traversing words " + MARK).getBytes(StandardCharsets.UTF_8));
        entries.put("/etc/" + MARK + "-b.txt", ("Absolute words " + MARK).getBytes(StandardCharsets.UTF_8));
        var traversal = HostileFiles.zip(entries);
        var nested = new java.util.LinkedHashMap<String, byte[]>();
        nested.put("inner.zip", TestDocuments.nestedZip(3));
        var parts = new ArrayList<>(List.of(Part.field("committee", "PTA"), Part.field("kind", "POLICY"),
                Part.field("legalBasis", "Rules of Business 1973"),
                new Part("files", "traversal.zip", "application/zip", traversal),
                new Part("files", MARK + "-nested.zip", "application/zip",
                        HostileFiles.zip(nested)),
                new Part("files", MARK + "-gz.txt.gz", "application/gzip", TestDocuments.gzipBomb(20))));
        var parentBefore = parentEntries();

        var response = api.postMultipart("/api/import", parts, as(drafter.getUsername()));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<Map<String, Object>> items = response.json("$.items");
        assertThat(items).extracting(i -> i.get("fileName") + " " + i.get("outcome")).containsExactly(
                MARK + "-a.txt CREATED", MARK + "-b.txt CREATED", "inner.zip REFUSED", MARK + "-gz.txt.gz REFUSED");
        assertThat(items.get(3).get("message").toString()).contains("GZIP");
        assertStillServing();
        assertThat(parentEntries()).isEqualTo(parentBefore);
        assertNoMarkedFiles();

        var bomb = api.postMultipart("/api/import", List.of(Part.field("committee", "PTA"),
                Part.field("kind", "POLICY"), Part.field("legalBasis", "Rules of Business 1973"),
                new Part("files", "bomb.zip", "application/zip", HostileFiles.zipBomb(100))), as(drafter.getUsername()));
        assertJsonError(bomb, 400, "invalid_input");
        assertThat(bomb.<String>json("$.message")).contains("zeros.txt", "Nothing was imported");
        assertStillServing();
    }

    static Stream<String> hostileQueries() {
        return Stream.of("'; DROP TABLE draft; --", "\" OR 1=1 --", "title:(", "*", "?", "~", "\\", "\"unbalanced",
                "AND OR NOT", "x".repeat(10_000), "[a TO z]", "/regex/", "/.*/", "a* OR b* OR c* OR d* OR e*",
                "{!lucene}*:*", "title:*", "((((((((((a))))))))))", "%", "_", "\u0000", "NOT", "-", "+", "&&", "||",
                "ab~2000", "\"a b\"~999999");
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void search_metacharacters_get_results_or_a_clear_message_never_a_failure(String query) {
        awaitIndexReady();
        var user = as(drafter.getUsername());
        var encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);

        var result = api.get("/api/search?q=" + encoded, user);

        assertThat(result.status()).as(result.text()).isIn(200, 400);
        if (result.status() == 400) {
            assertJsonError(result, 400, "invalid_input");
            // (a NUL is refused before the search sees it: see HostileInputApiIT)
            assertThat(result.<String>json("$.message")).containsAnyOf("could not be understood", "too long",
                    "too many words", "NUL character");
        } else {
            assertThat(result.<Integer>json("$.total")).isNotNull();
        }
        var titles = api.get("/api/drafts?q=" + encoded, user);
        assertThat(titles.status()).as(titles.text()).isIn(200, 400);
        if (titles.status() == 400) {
            assertJsonError(titles, 400, "invalid_input");
        }
        assertStillServing();
        assertThat(api.get("/api/drafts?size=1", user).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "'; DROP TABLE draft; --", "%", "_", "\\" })
    void sql_in_the_title_filter_matches_literally(String hostile) {
        var title = Fixtures.unique("Literal " + hostile + " title");
        var created = api.postMultipart("/api/drafts", ApiClient.newDraft(title, "PTA", "POLICY",
                Part.file("a.pdf", PDF, Fixtures.uniquePdf(title))), as(drafter.getUsername()));
        assertThat(created.status()).isEqualTo(201);

        var found = api.get("/api/drafts?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8),
                as(drafter.getUsername()));

        assertThat(found.<List<String>>json("$.items[*].title")).containsExactly(title);
    }

    @Test
    void a_title_filter_longer_than_any_title_is_answered_at_once() {
        var started = System.nanoTime();

        var response = api.get("/api/drafts?q=" + "x".repeat(10_000), as(drafter.getUsername()));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.<Integer>json("$.total")).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void a_comment_with_markup_and_a_direction_override_is_kept_as_written_and_found_with_its_snippet_escaped()
            throws IOException {
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var member = as(fixtures.user("NSMCWG", Role.NSMCWG_MEMBER).getUsername());
        var id = fixtures.submittedTextDraft(drafter, officer, Fixtures.unique("Hostile comment"),
                "Rule 1. Platforms keep complaint records.\n").id();
        await().atMost(EXTRACTED_WITHIN).until(() -> api.get("/api/drafts/" + id + "/versions/1", member)
                .<String>json("$.extraction").matches(EXTRACTED_FINAL));
        var word = "zc" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var body = "<script>alert(1)</script> " + word + " <img src=x onerror=alert(2)> \u202Efdp.exe";

        var started = api.postJson("/api/drafts/" + id + "/versions/1/threads",
                "{\"body\":\"" + body + "\",\"anchor\":null}", member);

        assertThat(started.status()).as(started.text()).isEqualTo(201);
        assertThat(started.<String>json("$.comments[0].body")).isEqualTo(body);
        await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/search?q=" + word, member).<Integer>json("$.comments.total") == 1);
        String snippet = api.get("/api/search?q=" + word, member).json("$.comments.hits[0].snippet");
        assertThat(snippet).contains("&lt;script&gt;", "<mark>" + word + "</mark>").doesNotContain("<script", "<img");
        var record = api.get("/api/drafts/" + id + "/record.pdf", member);
        assertThat(record.status()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(record.body())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("<script>alert(1)</script> " + word + " <img src=x onerror=alert(2)> fdp.exe");
        }
        assertStillServing();
    }

    // --- what is checked after each upload ---

    private void assertAccepted(long id, String title, Row row, byte[] content) throws IOException {
        var user = as(drafter.getUsername());
        var details = api.get("/api/drafts/" + id, user);
        assertThat(details.status()).isEqualTo(200);
        assertThat(details.<String>json("$.title")).isEqualTo(title);
        String fileName = details.json("$.versions[0].fileName");
        assertThat(fileName).doesNotContain("/", "\\", "<", ">", "\u0000", "\r", "\n", "\u202E")
                .doesNotStartWith(".");
        assertThat(fileName.codePointCount(0, fileName.length())).isLessThanOrEqualTo(200);
        if (row.expected().storedName() != null) {
            assertThat(fileName).isEqualTo(row.expected().storedName());
        }
        assertThat(details.<String>json("$.versions[0].mediaType")).isEqualTo(row.expected().mediaType());

        var download = api.get("/api/drafts/" + id + "/versions/1/file", user);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).as("the original, byte for byte").isEqualTo(content);
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Content-Security-Policy")).isEqualTo("sandbox");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;").doesNotContain("\r", "\n");

        await().atMost(EXTRACTED_WITHIN).pollInterval(Duration.ofMillis(500)).until(
                () -> api.get("/api/drafts/" + id + "/versions/1", user).<String>json("$.extraction")
                        .matches(EXTRACTED_FINAL));
        var version = api.get("/api/drafts/" + id + "/versions/1", user);
        assertThat(version.<String>json("$.extraction")).as(version.text()).matches(row.expected().extraction());
        if (!version.<String>json("$.extraction").matches("DONE|TRUNCATED")) {
            assertThat(version.<String>json("$.reason")).as("why there is no text").isNotBlank();
        }
        var text = api.get("/api/drafts/" + id + "/versions/1/text", user);
        assertThat(text.status()).as(text.text()).isIn(200, 409);
        if (text.status() == 409) {
            assertJsonError(text, 409, "conflict");
        }
        var record = api.get("/api/drafts/" + id + "/record.pdf", user);
        assertThat(record.status()).as(record.text()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(record.body())) {
            var printed = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(printed).as("the record prints the title as typed")
                    .contains(title.replaceAll("[\u202A-\u202E\u2066-\u2069]", "").replaceAll("\\s+", " "));
        }
        if (row.reachesForSecret()) {
            assertSecretNowhere(id, List.of(details, version, text));
        }
    }

    /** The local file's content is not in the text, the search, the draft's API answers or its record. */
    private void assertSecretNowhere(long id, List<ApiClient.Response> responses) throws IOException {
        var user = as(drafter.getUsername());
        responses.forEach(r -> assertThat(r.text()).doesNotContain(SECRET));
        awaitIndexReady();
        var found = api.get("/api/search?q=" + SECRET, user);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.<Integer>json("$.total")).isZero();
        assertThat(found.text()).doesNotContain(SECRET.substring(8));
        var record = api.get("/api/drafts/" + id + "/record.pdf", user);
        assertThat(record.status()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(record.body())) {
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain(SECRET);
        }
    }

    private void assertStillServing() {
        var health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.<String>json("$.status")).isEqualTo("UP");
    }

    private void assertNoDraftTitled(String title) {
        var auditor = as(fixtures.user(null, Role.AUDITOR).getUsername());
        // a NUL cannot be searched for (the address refuses it): the longest part of the title around it can
        var searched = java.util.Arrays.stream(title.split("\u0000")).max(java.util.Comparator.comparingInt(String::length))
                .orElse(title);
        var response = api.get("/api/drafts?q=" + URLEncoder.encode(searched, StandardCharsets.UTF_8), auditor);
        assertThat(response.<Integer>json("$.total")).isZero();
    }

    private void awaitIndexReady() {
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Fixtures.as(Fixtures.systemAdministrator(), () -> search.status().ready()));
    }

    // --- the file system around the store ---

    private static Set<Path> files(Path root) {
        if (!Files.isDirectory(root)) {
            return Set.of();
        }
        try (var walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<Path> difference(Set<Path> after, Set<Path> before) {
        var added = new HashSet<>(after);
        added.removeAll(before);
        return added;
    }

    /**
     * What lies beside the store in its parent folder. Other test runs on the machine keep their own stores there,
     * named by their process id; those come and go and are left out.
     */
    private Set<String> parentEntries() {
        var parent = store.root().toAbsolutePath().getParent();
        try (var list = Files.list(parent)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.matches("\\d+|jvm"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** No file or folder named after a hostile name, under the temporary folder or the working directory. */
    private static void assertNoMarkedFiles() {
        for (var root : List.of(Path.of(System.getProperty("java.io.tmpdir")), Path.of("").toAbsolutePath())) {
            assertThat(marked(root, 4)).as("files named after an upload under " + root).isEmpty();
        }
    }

    private static List<Path> marked(Path root, int depth) {
        var found = new ArrayList<Path>();
        try {
            Files.walkFileTree(root, Set.of(), depth, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return check(dir);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    return check(file);
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                private FileVisitResult check(Path path) {
                    if (path.getFileName() != null && path.getFileName().toString().contains(MARK)) {
                        found.add(path);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
