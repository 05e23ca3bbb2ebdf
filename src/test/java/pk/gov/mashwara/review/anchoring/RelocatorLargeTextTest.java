package pk.gov.mashwara.review.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Relocation in a text of a million characters stays quick, for the longest quotes too. */
class RelocatorLargeTextTest {

    private static final Duration GENEROUS = Duration.ofSeconds(10);
    private static String text;
    private static RandomTexts words;

    @BeforeAll
    static void aMillionCharacters() {
        words = new RandomTexts(new SplittableRandom(42), RandomTexts.LATIN);
        var out = new StringBuilder();
        while (out.length() < 1_000_000) {
            out.append(words.text(200, List.of())).append('\n');
        }
        text = out.toString();
    }

    @Test
    void the_longest_quote_edited_in_places_and_shifted_is_followed() {
        int start = 600_000;
        var anchor = TextAnchor.at(text, start, start + TextAnchor.MAX_QUOTE);
        var edited = new StringBuilder(text);
        for (int at = start + 3500; at > start; at -= 700) {
            edited.replace(at, at + 5, "edited");
        }
        edited.insert(1000, words.words(20_000));
        String next = edited.toString();

        var relocation = assertTimeoutPreemptively(GENEROUS, () -> Relocator.relocate(anchor, next));

        // the passage grew by five characters beyond the longest quote: the anchor keeps as much as it can hold
        assertThat(relocation.placement()).isEqualTo(Placement.MOVED);
        assertThat(relocation.anchor().start()).isEqualTo(start + 20_000);
        assertThat(relocation.anchor().exact()).hasSize(TextAnchor.MAX_QUOTE)
                .isEqualTo(next.substring(start + 20_000, start + 20_000 + TextAnchor.MAX_QUOTE));
    }

    @Test
    void a_block_of_paragraphs_moved_across_the_text_is_found() {
        int block = text.indexOf('\n', 300_000) + 1;
        int blockEnd = text.indexOf('\n', block + 1000) + 1;
        var anchor = TextAnchor.at(text, block + 500, block + 600);
        String next = text.substring(0, block) + text.substring(blockEnd, 900_000) + text.substring(block, blockEnd)
                + text.substring(900_000);

        var relocation = assertTimeoutPreemptively(GENEROUS, () -> Relocator.relocate(anchor, next));

        assertThat(relocation.placement()).isEqualTo(Placement.EXACT);
        assertThat(relocation.anchor().start()).isEqualTo(block + (900_000 - blockEnd) + 500);
    }

    @Test
    void a_deleted_passage_is_outdated_quickly() {
        int start = 123_456;
        var anchor = TextAnchor.at(text, start, start + 2000);
        String next = text.substring(0, start - 100) + text.substring(start + 2100);

        var relocation = assertTimeoutPreemptively(GENEROUS, () -> Relocator.relocate(anchor, next));

        assertThat(relocation.placement()).isEqualTo(Placement.OUTDATED);
    }

    @Test
    void a_text_of_one_sentence_repeated_is_no_trap() {
        String sentence = "The Committee shall review every draft placed before it. ";
        String repetitive = sentence.repeat(1_000_000 / sentence.length());
        var anchor = TextAnchor.at(repetitive, 500_000, 500_000 + 3 * sentence.length() + 7);
        String next = repetitive.substring(sentence.length()).replace("every draft", "each draft");

        var relocation = assertTimeoutPreemptively(GENEROUS, () -> Relocator.relocate(anchor, next));

        // every occurrence looks the same, so only nearness to the old offset can decide
        if (relocation.placement() != Placement.OUTDATED) {
            assertThat(relocation.anchor().exact()).contains("each draft");
            assertThat(relocation.anchor().start()).isBetween(500_000 - sentence.length(), 500_000 + sentence.length());
        }
    }
}
