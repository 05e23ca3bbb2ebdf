package pk.gov.mashwara.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.shared.TextParagraphs.Span;

class TextParagraphsTest {

    static List<String> paragraphs(String text) {
        return TextParagraphs.spans(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void blank_lines_separate_paragraphs_and_surrounding_space_is_left_out() {
        assertThat(TextParagraphs.spans("  One\n\n Two \n")).containsExactly(new Span(2, 5), new Span(8, 11));
        assertThat(paragraphs("Rule 1.\r\n \t\r\nRule 2\nstill rule 2.\n\n\n\nRule 3."))
                .containsExactly("Rule 1.", "Rule 2\nstill rule 2.", "Rule 3.");
    }

    @Test
    void a_text_without_blank_lines_is_taken_line_by_line() {
        assertThat(paragraphs("First line\nSecond line\n  \nThird")).containsExactly("First line\nSecond line", "Third");
        assertThat(paragraphs("First line\nSecond line\nThird")).containsExactly("First line", "Second line", "Third");
        assertThat(paragraphs("ایک سطر\nدوسری سطر")).containsExactly("ایک سطر", "دوسری سطر");
    }

    @Test
    void nothing_but_space_has_no_paragraphs() {
        assertThat(TextParagraphs.spans("")).isEmpty();
        assertThat(TextParagraphs.spans(" \n\n \t")).isEmpty();
    }
}
