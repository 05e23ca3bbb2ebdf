package pk.gov.mashwara.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;

import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.Fixtures;

/** The command-line import, run against the real services as a named user. */
@SpringBootTest
@Import(Fixtures.class)
class ImportCommandIT {

    @Autowired
    ImportCommand command;

    @Autowired
    DraftService drafts;

    @Autowired
    Fixtures fixtures;

    @TempDir
    Path folder;

    @Test
    void every_file_of_a_folder_becomes_a_draft_and_a_refused_one_is_reported_with_its_reason() throws Exception {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var tag = "cli" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Files.write(folder.resolve(tag + "_content_code.pdf"), Fixtures.uniquePdf("content code"));
        Files.write(folder.resolve(tag + "-licensing-rules.pdf"), Fixtures.uniquePdf("licensing"));
        Files.write(folder.resolve(tag + "-program.exe"), new byte[] { 'M', 'Z', 0, 0, 1, 2, 3 });

        var out = new ByteArrayOutputStream();
        var code = command.run(List.of("--committee", "PEMRA", "--kind", "regulator_regulations", "--as",
                drafter.getUsername(), "--legal-basis", "PEMRA Ordinance 2002, section 39", folder.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        var printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(2);
        assertThat(printed).contains("CREATED  draft", tag + "_content_code.pdf", tag + "-licensing-rules.pdf")
                .contains("REFUSED  " + tag + "-program.exe: The file is a Windows program")
                .contains("2 created, 1 refused, 0 failed");
        var titles = Fixtures.as(drafter, () -> drafts.list(new DraftFilter(null, null, null, tag), Pageable.ofSize(10))
                .map(DraftSummary::title).toList());
        assertThat(titles).hasSize(2).allSatisfy(t -> assertThat(t).doesNotContain("_", ".pdf"))
                .anySatisfy(t -> assertThat(t).endsWith("content code"));
    }

    @Test
    void another_committee_or_a_missing_argument_is_refused_without_importing() throws Exception {
        var drafter = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        Files.write(folder.resolve("a.pdf"), Fixtures.uniquePdf("a"));
        var out = new ByteArrayOutputStream();
        var print = new PrintStream(out, true, StandardCharsets.UTF_8);

        assertThat(command.run(List.of("--committee", "PTA", "--kind", "POLICY", "--as", drafter.getUsername(),
                "--legal-basis", "x", folder.toString()), print)).isEqualTo(1);
        assertThat(command.run(List.of("--committee", "PEMRA", "--kind", "POLICY", folder.toString()), print)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Only drafters of the committee", "Usage:");
    }
}
