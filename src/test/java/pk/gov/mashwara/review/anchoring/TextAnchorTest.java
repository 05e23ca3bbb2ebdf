package pk.gov.mashwara.review.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextAnchorTest {

    private static final String TEXT = "The Federal Government may, by notification in the official Gazette, make "
            + "rules for carrying out the purposes of this Act.";

    @Test
    void at_keeps_the_quote_and_up_to_thirty_two_characters_of_context_on_each_side() {
        int start = TEXT.indexOf("official Gazette");
        var anchor = TextAnchor.at(TEXT, start, start + "official Gazette".length());

        assertThat(anchor.exact()).isEqualTo("official Gazette");
        assertThat(anchor.prefix()).isEqualTo(TEXT.substring(start - 32, start)).hasSize(TextAnchor.CONTEXT);
        assertThat(anchor.suffix()).isEqualTo(", make rules for carrying out th");
        assertThat(anchor.start()).isEqualTo(start);
        assertThat(anchor.end()).isEqualTo(start + 16);
    }

    @Test
    void context_is_shorter_at_the_edges_of_the_text() {
        var anchor = TextAnchor.at(TEXT, 4, 11);

        assertThat(anchor.exact()).isEqualTo("Federal");
        assertThat(anchor.prefix()).isEqualTo("The ");
        assertThat(TextAnchor.at(TEXT, TEXT.length() - 4, TEXT.length()).suffix()).isEmpty();
    }

    @Test
    void context_is_never_cut_through_a_surrogate_pair() {
        // the emoji's two UTF-16 units straddle the 32-character boundary on each side
        String text = "😀" + "x".repeat(31) + "quote" + "y".repeat(31) + "😀";
        var anchor = TextAnchor.at(text, 33, 38);

        assertThat(anchor.exact()).isEqualTo("quote");
        assertThat(anchor.prefix()).isEqualTo("x".repeat(31));
        assertThat(anchor.suffix()).isEqualTo("y".repeat(31));
    }

    @Test
    void matches_only_the_same_quote_at_the_same_offsets() {
        var anchor = TextAnchor.at(TEXT, 4, 11);

        assertThat(anchor.matches(TEXT)).isTrue();
        assertThat(anchor.matches("A " + TEXT)).isFalse();
        assertThat(anchor.matches("The Feder")).isFalse();
        assertThat(anchor.matches(null)).isFalse();
    }

    @Test
    void invalid_anchors_are_refused() {
        assertThatThrownBy(() -> new TextAnchor("", "", "", 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextAnchor(null, "", "", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextAnchor("abc", null, "", 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextAnchor("abc", "", null, 0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextAnchor("abc", "", "", -1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TextAnchor("abc", "", "", 5, 9)).isInstanceOf(IllegalArgumentException.class);
        String tooLong = "a".repeat(TextAnchor.MAX_QUOTE + 1);
        assertThatThrownBy(() -> new TextAnchor(tooLong, "", "", 0, tooLong.length()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new TextAnchor("a".repeat(TextAnchor.MAX_QUOTE), "", "", 0, TextAnchor.MAX_QUOTE).exact())
                .hasSize(TextAnchor.MAX_QUOTE);
    }

    @Test
    void at_refuses_ranges_outside_the_text() {
        assertThatThrownBy(() -> TextAnchor.at(TEXT, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextAnchor.at(TEXT, -1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextAnchor.at(TEXT, 3, TEXT.length() + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextAnchor.at("x".repeat(5000), 0, 4001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void white_space_at_the_edges_of_a_quote_goes_to_the_context() {
        var text = "Section 4.  The Authority shall register platforms.\n\nSection 5.";
        int start = text.indexOf("  The");
        int end = text.indexOf("\n\nSection 5") + 2;
        var anchor = TextAnchor.at(text, start, end).trimmed();
        assertThat(anchor.exact()).isEqualTo("The Authority shall register platforms.");
        assertThat(anchor.start()).isEqualTo(text.indexOf("The"));
        assertThat(anchor.matches(text)).isTrue();
        assertThat(anchor.prefix()).isEqualTo("Section 4.  ");
        assertThat(anchor.suffix()).isEqualTo("\n\nSection 5.");
        var plain = TextAnchor.at(text, text.indexOf("The"), text.indexOf("platforms.") + 10);
        assertThat(plain.trimmed()).isSameAs(plain);
        var blank = TextAnchor.at(text, text.indexOf("\n\n"), text.indexOf("\n\n") + 2);
        assertThat(blank.trimmed()).as("nothing but white space stays as it is").isSameAs(blank);
    }
}
