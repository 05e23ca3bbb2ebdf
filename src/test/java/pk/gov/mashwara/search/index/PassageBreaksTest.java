package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.BreakIterator;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PassageBreaksTest {

    @Test
    void passages_break_after_sentences_english_and_urdu_and_at_line_breaks() {
        var text = "First rule applies. Second one (see rule 2) too! حکومت فیصلہ کرے گی۔ Then\na list line\r\nlast";
        var breaks = new PassageBreaks();
        breaks.setText(text);

        assertThat(PassageBreaks.boundaries(text)).containsExactly(0, text.indexOf("Second"), text.indexOf("حکومت"),
                text.indexOf("Then"), text.indexOf("a list"), text.indexOf("last"), text.length());
        assertThat(breaks.first()).isZero();
        assertThat(breaks.next()).isEqualTo(text.indexOf("Second"));
        assertThat(breaks.following(0)).isEqualTo(text.indexOf("Second"));
        assertThat(breaks.preceding(text.indexOf("Then") + 2)).isEqualTo(text.indexOf("Then"));
        assertThat(breaks.current()).isEqualTo(text.indexOf("Then"));
        assertThat(breaks.last()).isEqualTo(text.length());
        assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.following(text.length())).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.isBoundary(text.indexOf("last"))).isTrue();
        assertThat(breaks.isBoundary(text.indexOf("last") + 1)).isFalse();
        assertThatThrownBy(() -> breaks.following(text.length() + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_stretch_without_sentences_still_breaks_at_spaces_and_one_without_spaces_too() {
        var list = "term ".repeat(400);
        var bounds = PassageBreaks.boundaries(list);
        for (int i = 1; i < bounds.length; i++) {
            assertThat(bounds[i] - bounds[i - 1]).isLessThanOrEqualTo(PassageBreaks.LONGEST_RUN + 5);
        }
        var blob = "x".repeat(5000);
        var blobBounds = PassageBreaks.boundaries(blob);
        assertThat(blobBounds.length).isGreaterThan(5);
        for (int i = 1; i < blobBounds.length; i++) {
            assertThat(blobBounds[i] - blobBounds[i - 1]).isLessThanOrEqualTo(2 * PassageBreaks.LONGEST_RUN);
        }
    }

    @Test
    void following_and_preceding_agree_with_the_boundaries_everywhere_and_never_cut_a_surrogate_pair() {
        var random = new Random(42);
        String[] pieces = { "word ", "rule. ", "\n", "قانون ", "۔ ", "😀", "x", "  ", "\r\n", "end? " };
        for (int round = 0; round < 50; round++) {
            var s = randomText(random, pieces, random.nextInt(3000));
            var bounds = PassageBreaks.boundaries(s);
            var breaks = new PassageBreaks();
            breaks.setText(s);
            assertThat(bounds[0]).isZero();
            assertThat(bounds[bounds.length - 1]).isEqualTo(s.length());
            assertThat(bounds).isSorted().doesNotHaveDuplicates();
            for (int b : bounds) {
                assertThat(b > 0 && b < s.length() && Character.isLowSurrogate(s.charAt(b))
                        && Character.isHighSurrogate(s.charAt(b - 1))).as("cut at %d", b).isFalse();
            }
            for (int offset = 0; offset <= s.length(); offset++) {
                int after = BreakIterator.DONE;
                int before = BreakIterator.DONE;
                for (int b : bounds) {
                    if (b > offset && after == BreakIterator.DONE) {
                        after = b;
                    }
                    if (b < offset) {
                        before = b;
                    }
                }
                assertThat(breaks.following(offset)).as("following(%d)", offset).isEqualTo(after);
                assertThat(breaks.preceding(offset)).as("preceding(%d)", offset).isEqualTo(before);
            }
        }
    }

    @Test
    void asked_out_of_order_the_text_is_scanned_only_as_far_as_needed_and_answers_the_same() {
        var random = new Random(7);
        String[] pieces = { "word ", "rule. ", "\n", "قانون ", "۔ ", "x", "  ", "end? " };
        for (int round = 0; round < 30; round++) {
            var s = randomText(random, pieces, 1 + random.nextInt(5000));
            var bounds = PassageBreaks.boundaries(s);
            var breaks = new PassageBreaks();
            breaks.setText(s);
            // walked with next() from the start, as a passage grows: each boundary in turn, then DONE
            assertThat(breaks.first()).isZero();
            for (int k = 1; k < bounds.length; k++) {
                assertThat(breaks.next()).isEqualTo(bounds[k]);
            }
            assertThat(breaks.next()).isEqualTo(BreakIterator.DONE);
            // a fresh iterator asked at random places, far ones first
            var fresh = new PassageBreaks();
            fresh.setText(s);
            for (int q = 0; q < 40; q++) {
                int offset = random.nextInt(s.length() + 1);
                int k = java.util.Arrays.binarySearch(bounds, offset);
                int after = k >= 0 ? k + 1 : -k - 1;
                assertThat(fresh.following(offset)).isEqualTo(after < bounds.length ? bounds[after] : BreakIterator.DONE);
                int beforeIndex = k >= 0 ? k - 1 : -k - 2;
                assertThat(fresh.preceding(offset)).isEqualTo(beforeIndex >= 0 ? bounds[beforeIndex] : BreakIterator.DONE);
                assertThat(fresh.isBoundary(offset)).isEqualTo(k >= 0);
            }
            assertThat(fresh.last()).isEqualTo(s.length());
            assertThat(fresh.previous()).isEqualTo(bounds.length > 1 ? bounds[bounds.length - 2] : BreakIterator.DONE);
        }
    }

    /** Pieces drawn at random until the text is at least {@code length} long. */
    private static String randomText(Random random, String[] pieces, int length) {
        var text = new StringBuilder();
        while (text.length() < length) {
            text.append(pieces[random.nextInt(pieces.length)]);
        }
        return text.toString();
    }
}
