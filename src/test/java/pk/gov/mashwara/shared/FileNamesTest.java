package pk.gov.mashwara.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    @ParameterizedTest
    @ValueSource(strings = { "../../etc/passwd", "..\\..\\etc\\passwd", "/etc/passwd", "C:\\Windows\\..\\etc\\passwd",
            "reports/../../../etc/passwd", "..%2f..%2fetc/passwd" })
    void a_path_is_reduced_to_a_harmless_last_segment(String supplied) {
        var name = FileNames.sanitise(supplied);

        assertThat(name).doesNotContain("/", "\\").doesNotStartWith(".").isEqualTo("passwd");
    }

    @ParameterizedTest
    @ValueSource(strings = { "..", "../..", "...", "/", "\\", "dir/", "./" })
    void a_name_that_is_only_a_path_or_dots_becomes_document(String supplied) {
        assertThat(FileNames.sanitise(supplied)).isEqualTo("document");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   ", " \u3000 " })
    void a_missing_or_blank_name_becomes_document(String supplied) {
        assertThat(FileNames.sanitise(supplied)).isEqualTo("document");
    }

    @Test
    void control_characters_are_replaced() {
        var name = FileNames.sanitise("re\u0000port\r\nSet-Cookie: x\u0007\u001b[31m.pdf");

        assertThat(name).doesNotContainPattern("\\p{Cntrl}").endsWith(".pdf").startsWith("re_port");
    }

    @Test
    void characters_windows_and_headers_choke_on_are_replaced() {
        assertThat(FileNames.sanitise("a\"b<c>d:e*f?g|h.pdf")).isEqualTo("a_b_c_d_e_f_g_h.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = { "\u202E", "\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u200E", "\u200F", "\u061C" })
    void bidirectional_controls_are_removed_so_that_exe_cannot_pass_for_pdf(String control) {
        var name = FileNames.sanitise("invoice" + control + "fdp.exe");

        assertThat(name).doesNotContain(control).isEqualTo("invoice_fdp.exe");
    }

    @Test
    void a_very_long_name_is_shortened_and_keeps_its_extension() {
        var name = FileNames.sanitise("a".repeat(500) + ".docx");

        assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(name).endsWith(".docx").startsWith("aaaa");
    }

    @Test
    void a_very_long_urdu_name_is_shortened_on_character_boundaries() {
        var name = FileNames.sanitise("مسودہ".repeat(100) + "😀".repeat(100) + ".pdf");

        assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(name).endsWith(".pdf");
        // No lone surrogate: every char of a pair survives together
        assertThat(name.codePoints().filter(cp -> Character.isSurrogate((char) cp)).count()).isZero();
    }

    @Test
    void a_name_of_exactly_the_maximum_length_is_kept() {
        var supplied = "b".repeat(FileNames.MAX_LENGTH - 4) + ".pdf";

        assertThat(FileNames.sanitise(supplied)).isEqualTo(supplied);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            مسودہ قانون برائے آن لائن تحفظ.pdf | مسودہ قانون برائے آن لائن تحفظ.pdf
            ضابطہ ۲۰۲۶ (ترمیم).docx           | ضابطہ ۲۰۲۶ (ترمیم).docx
            Draft Rules 2026 – v2.pdf          | Draft Rules 2026 – v2.pdf
            """)
    void urdu_and_ordinary_names_are_kept(String supplied, String expected) {
        assertThat(FileNames.sanitise(supplied)).isEqualTo(expected);
    }

    @Test
    void the_ascii_fallback_is_safe_inside_a_quoted_header_parameter() {
        var fallback = FileNames.asciiFallback("مسودہ \"quoted\\back;semi.pdf");

        assertThat(fallback).matches("[\\x20-\\x7E]+").doesNotContain("\"", "\\", ";").endsWith(".pdf");
        assertThat(FileNames.asciiFallback("")).isEqualTo("document");
    }
}
