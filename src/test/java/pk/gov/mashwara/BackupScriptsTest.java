package pk.gov.mashwara;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The restore checks that every file the database refers to is in the store; it must know every table that refers
 * to one. A table of the migrations with a {@code sha256} column (a file in the store) that the scripts do not name
 * fails here, before a restore could report a back-up complete that lacks its files.
 */
class BackupScriptsTest {

    private static final Pattern TABLE = Pattern.compile("CREATE TABLE (\\w+) \\((.*?)\\n\\);", Pattern.DOTALL);

    @Test
    void the_restore_checks_the_files_of_every_table_that_refers_to_the_store() throws Exception {
        var tables = new ArrayList<String>();
        try (var migrations = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (var file : (Iterable<Path>) migrations.sorted()::iterator) {
                var m = TABLE.matcher(Files.readString(file));
                while (m.find()) {
                    if (Pattern.compile("(?m)^\\s*sha256\\s").matcher(m.group(2)).find()) {
                        tables.add(m.group(1));
                    }
                }
            }
        }
        assertThat(tables).contains("draft_version", "consultation_attachment");
        var script = Files.readString(Path.of("scripts/mariadb-common.sh"));
        for (var table : tables) {
            assertThat(script).as("scripts/mariadb-common.sh, referenced_files_sql").contains("FROM " + table);
        }
    }
}
