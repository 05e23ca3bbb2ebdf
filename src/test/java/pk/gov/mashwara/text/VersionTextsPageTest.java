package pk.gov.mashwara.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionTextsPageTest {

    @Test
    void an_offset_lies_on_the_page_that_starts_at_or_before_it() {
        int[] starts = { 0, 100, 250 };
        assertThat(VersionTexts.pageOf(starts, 0)).hasValue(1);
        assertThat(VersionTexts.pageOf(starts, 99)).hasValue(1);
        assertThat(VersionTexts.pageOf(starts, 100)).hasValue(2);
        assertThat(VersionTexts.pageOf(starts, 249)).hasValue(2);
        assertThat(VersionTexts.pageOf(starts, 250)).hasValue(3);
        assertThat(VersionTexts.pageOf(starts, 10_000)).hasValue(3);
    }

    @Test
    void empty_pages_are_skipped_and_text_before_the_first_page_is_on_the_first() {
        assertThat(VersionTexts.pageOf(new int[] { 0, 40, 40, 40, 90 }, 40)).as("three pages start at 40; two are empty")
                .hasValue(4);
        assertThat(VersionTexts.pageOf(new int[] { 0, 40, 40, 40, 90 }, 60)).hasValue(4);
        assertThat(VersionTexts.pageOf(new int[] { 5, 40 }, 2)).hasValue(1);
    }

    @Test
    void without_pages_the_page_is_unknown() {
        assertThat(VersionTexts.pageOf(new int[0], 5)).isEmpty();
        assertThat(VersionTexts.pageOf(new int[] { 0 }, -1)).isEmpty();
    }
}
