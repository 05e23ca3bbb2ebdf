package pk.gov.mashwara.draft.api;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.support.ApiAssertions.assertJsonError;
import static pk.gov.mashwara.support.ApiClient.as;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.ApiClient.Part;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

@WebIntegrationTest
class ImportApiIT {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Test
    void files_and_zip_archives_are_imported_one_draft_each_and_refusals_are_reported() throws Exception {
        var api = new ApiClient(port);
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var zip = zip(Map.of("rules/first-rules.pdf", Fixtures.uniquePdf("first"), "rules/second_rules.pdf",
                Fixtures.uniquePdf("second"), "__MACOSX/._first-rules.pdf", new byte[] { 1 }));
        var parts = new ArrayList<Part>(List.of(Part.field("committee", "MOIT"), Part.field("kind", "RULES_UNDER_STATUTE"),
                Part.field("legalBasis", "PECA 2016, section 37"),
                namedFile("standalone.pdf", Fixtures.uniquePdf("standalone")), namedFile("bundle.zip", zip),
                namedFile("archive.tar", new byte[] { 'P', 'K', 3, 4, 0, 0 })));

        var response = api.postMultipart("/api/import", parts, as(drafter.getUsername()));

        assertThat(response.status()).as(response.text()).isEqualTo(200);
        List<Map<String, Object>> items = response.json("$.items");
        assertThat(items).extracting(i -> i.get("fileName") + " " + i.get("outcome")).containsExactly(
                "standalone.pdf CREATED", "first-rules.pdf CREATED", "second_rules.pdf CREATED", "archive.tar REFUSED");
        assertThat(items.get(3).get("message").toString()).contains("not accept");
    }

    @Test
    void a_zip_with_an_entry_over_the_limit_is_refused_whole_and_another_committee_is_forbidden() throws Exception {
        var api = new ApiClient(port);
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var big = new byte[WebIntegrationTest.MAX_FILE_BYTES + 10];
        var zip = zip(Map.of("small.pdf", Fixtures.uniquePdf("small"), "zeros.txt", big));

        assertJsonError(api.postMultipart("/api/import", List.of(Part.field("committee", "MOIT"),
                Part.field("kind", "POLICY"), Part.field("legalBasis", "x"), namedFile("b.zip", zip)),
                as(drafter.getUsername())), 400, "invalid_input");
        assertJsonError(api.postMultipart("/api/import", List.of(Part.field("committee", "PTA"),
                Part.field("kind", "POLICY"), Part.field("legalBasis", "x"),
                namedFile("c.pdf", Fixtures.uniquePdf("c"))), as(drafter.getUsername())), 403, "forbidden");
    }

    @Test
    void who_may_not_import_is_refused_before_anything_is_unpacked_and_one_request_has_a_total_budget() throws Exception {
        var api = new ApiClient(port);
        var auditor = fixtures.user(null, Role.AUDITOR);
        var zip = zip(Map.of("a.pdf", Fixtures.uniquePdf("a")));
        var tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        var before = countImportTemp(tmp);

        assertJsonError(api.postMultipart("/api/import", List.of(Part.field("committee", "MOIT"),
                Part.field("kind", "POLICY"), Part.field("legalBasis", "x"), namedFile("a.zip", zip)),
                as(auditor.getUsername())), 403, "forbidden");
        assertThat(countImportTemp(tmp)).isEqualTo(before);

        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var parts = new ArrayList<Part>(List.of(Part.field("committee", "MOIT"), Part.field("kind", "POLICY"),
                Part.field("legalBasis", "x")));
        for (var i = 0; i < 6; i++) {
            parts.add(namedFile("f" + i + ".pdf", new byte[WebIntegrationTest.MAX_FILE_BYTES - 1000]));
        }
        assertJsonError(api.postMultipart("/api/import", parts, as(drafter.getUsername())), 400, "invalid_input");
        assertThat(countImportTemp(tmp)).isEqualTo(before);
    }

    private static long countImportTemp(java.nio.file.Path tmp) throws Exception {
        try (var files = java.nio.file.Files.list(tmp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("mashwara-import")).count();
        }
    }

    private static Part namedFile(String name, byte[] content) {
        return new Part("files", name, "application/octet-stream", content);
    }

    private static byte[] zip(Map<String, byte[]> entries) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
            }
        }
        return bytes.toByteArray();
    }
}
