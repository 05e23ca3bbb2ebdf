package pk.gov.mashwara.text.extraction.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Words of a line drawn from left to right, put in reading order by the bidirectional algorithm. */
class VisualOrderLinesTest {

    @Test
    void urdu_words_are_reversed_and_numbers_and_latin_words_among_them_read_left_to_right() {
        // as drawn, left to right, of "اتھارٹی 2026 میں PTA Social Media کی رپورٹ"
        assertThat(VisualOrderLines.reorder(List.of("رپورٹ", "کی", "PTA", "Social", "Media", "میں", "2026", "اتھارٹی")))
                .containsExactly("اتھارٹی", "2026", "میں", "PTA", "Social", "Media", "کی", "رپورٹ");
    }

    @Test
    void urdu_words_inside_an_english_line_are_reversed_in_place() {
        assertThat(VisualOrderLines.reorder(List.of("The", "words", "پالیسی", "کی", "حکومت", "are", "Urdu")))
                .containsExactly("The", "words", "حکومت", "کی", "پالیسی", "are", "Urdu");
    }

    @Test
    void a_line_without_right_to_left_words_or_of_one_word_is_left_alone() {
        assertThat(VisualOrderLines.reorder(List.of("Every", "platform", "registers", "2026"))).isNull();
        assertThat(VisualOrderLines.reorder(List.of("وفاقی حکومت کی پالیسی"))).isNull();
    }
}
