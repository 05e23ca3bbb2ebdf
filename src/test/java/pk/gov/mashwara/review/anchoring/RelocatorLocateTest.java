package pk.gov.mashwara.review.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelocatorLocateTest {

    private static final String TEXT = "In urgent cases the Committee shall decide by majority. When a draft concerns "
            + "a province, its Chief Secretary is heard, and the Committee shall decide by majority. The Chairman "
            + "signs the record.";
    private static final String QUOTE = "the Committee shall decide";

    @Test
    void a_unique_quote_is_located_with_its_context() {
        var anchor = Relocator.locate(TEXT, "Chairman signs", null, null, null).orElseThrow();

        assertThat(anchor.start()).isEqualTo(TEXT.indexOf("Chairman signs"));
        assertThat(anchor).isEqualTo(TextAnchor.at(TEXT, anchor.start(), anchor.end()));
    }

    @Test
    void an_absent_or_unusable_quote_is_not_located() {
        assertThat(Relocator.locate(TEXT, "Vice-Chairman", null, null, null)).isEmpty();
        assertThat(Relocator.locate(TEXT, "", null, null, null)).isEmpty();
        assertThat(Relocator.locate(TEXT, null, null, null, null)).isEmpty();
        assertThat(Relocator.locate(null, QUOTE, null, null, null)).isEmpty();
        assertThat(Relocator.locate("x".repeat(5000), "x".repeat(TextAnchor.MAX_QUOTE + 1), null, null, null))
                .isEmpty();
    }

    @Test
    void a_repeated_quote_without_context_or_hint_is_ambiguous() {
        assertThat(Relocator.locate(TEXT, QUOTE, null, null, null)).isEmpty();
        assertThat(Relocator.locate(TEXT, QUOTE, "", "", null)).isEmpty();
    }

    @Test
    void context_tells_repeats_apart() {
        int second = TEXT.lastIndexOf(QUOTE);

        assertThat(Relocator.locate(TEXT, QUOTE, "Secretary is heard, and ", null, null).orElseThrow().start())
                .isEqualTo(second);
        assertThat(Relocator.locate(TEXT, QUOTE, "In urgent cases ", " by majority. When", null).orElseThrow()
                .start()).isEqualTo(TEXT.indexOf(QUOTE));
    }

    @Test
    void a_hint_tells_repeats_apart_when_context_does_not() {
        int second = TEXT.lastIndexOf(QUOTE);

        assertThat(Relocator.locate(TEXT, QUOTE, null, " by majority.", second).orElseThrow().start())
                .isEqualTo(second);
        assertThat(Relocator.locate(TEXT, QUOTE, null, null, second - 10).orElseThrow().start()).isEqualTo(second);
        assertThat(Relocator.locate(TEXT, QUOTE, null, null, 3).orElseThrow().start()).isEqualTo(TEXT.indexOf(QUOTE));
    }

    @Test
    void a_hint_halfway_between_repeats_decides_nothing() {
        String text = "x " + QUOTE + " yy " + QUOTE;
        int first = text.indexOf(QUOTE);
        int second = text.lastIndexOf(QUOTE);

        assertThat((second - first) % 2).isZero();
        assertThat(Relocator.locate(text, QUOTE, null, null, (first + second) / 2)).isEmpty();
    }
}
