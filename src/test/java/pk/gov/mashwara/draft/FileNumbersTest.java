package pk.gov.mashwara.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import pk.gov.mashwara.shared.InvalidInputException;

/** File numbers as the Secretariat writes them are kept; anything else is refused on its field. */
class FileNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = { "F. No. 2(1)/2026-Pub.", "No. 1(1)/AS-II/2021", "F.No.8-3/2026-Legis-I",
        "F. No. 8-3/2026-IT&T (Legal)", "No. 5(12)/2026-PEMRA-Legal", "F. No. 1-22/2026/NSMCWG", "No.14 / 2026" })
    void theSecretariatsShapesAreKept(String number) {
        assertThat(FileNumbers.check(number, "fileNumber")).isEqualTo(number.strip());
    }

    @Test
    void spacesAreTidiedAndBlankMeansNone() {
        assertThat(FileNumbers.check("  F.  No.  2(1)/2026-Pub.  ", "fileNumber")).isEqualTo("F. No. 2(1)/2026-Pub.");
        assertThat(FileNumbers.check("   ", "fileNumber")).isNull();
        assertThat(FileNumbers.check(null, "fileNumber")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "2(1)/2026-Pub.", "F. No. 2(1)", "File 12", "F. No. /2026", "No. 2(1)/2026<script>",
        "No. 2(1)/2026\nPub", "F. No. 2(1)/2026-Pub.; drop table draft", "NSMCWG/2026/0042" })
    void otherTextIsRefusedNamingTheField(String number) {
        assertThatThrownBy(() -> FileNumbers.check(number, "fileNumber"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("fileNumber");
                    assertThat(e.getMessage()).contains("not the shape of a file number");
                });
    }

    @Test
    void aNumberLongerThanSixtyCharactersIsRefused() {
        var longer = "F. No. 2(1)/" + "2026-Pub-".repeat(6);
        assertThat(longer.length()).isGreaterThan(FileNumbers.MAX);
        assertThatThrownBy(() -> FileNumbers.check(longer, "fileNumber"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("fileNumber"))
                .hasMessageContaining("longer than 60");
    }
}
