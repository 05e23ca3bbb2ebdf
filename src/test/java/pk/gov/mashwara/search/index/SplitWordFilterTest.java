package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.search.index.SearchAnalyzersTest.terms;

import java.io.IOException;
import java.util.Random;

import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.Test;

/** Words split by hyphenation at a line end, and offsets that still point at the stored text. */
class SplitWordFilterTest {

    private final TextMatcher matcher = new TextMatcher(SearchAnalyzers.perField(), TextMatcher.MAX_CHARS,
            TextMatcher.MAX_MATCHES);

    @Test
    void a_word_hyphenated_at_a_line_end_is_one_word() throws IOException {
        var exact = SearchAnalyzers.exact();
        assertThat(terms(exact, "the regu-\nlation and the Govern- \r\n  ment")).containsExactly("the", "regulation",
                "and", "the", "government");
        assertThat(terms(exact, "regu\u00AD\nlation")).containsExactly("regulation");
        var text = "Platforms follow this regu-\nlation.";
        var found = matcher.find(text, "regulations").matches();
        assertThat(found).singleElement().satisfies(m -> assertThat(text.substring(m.start(), m.end()))
                .isEqualTo("regu-\nlation"));
    }

    @Test
    void a_hyphen_that_is_not_a_word_broken_at_a_line_end_stays() throws IOException {
        var exact = SearchAnalyzers.exact();
        assertThat(terms(exact, "self-governing")).containsExactly("self", "governing");
        assertThat(terms(exact, "Pakistan-\nIndia")).containsExactly("pakistan", "india");
        assertThat(terms(exact, "1990-\n1995")).containsExactly("1990", "1995");
        assertThat(terms(exact, "items:\n-\nfirst")).containsExactly("items", "first");
        assertThat(terms(exact, "regu-\n\nlation")).containsExactly("regu", "lation");
    }

    @Test
    void over_a_long_text_every_word_points_at_its_stored_characters() throws IOException {
        var random = new Random(13);
        var words = new String[] { "online", "platform", "regulation", "حکومت", "Authority", "data", "۲۰۲۶" };
        var invisible = new String[] { "\u00AD", "\uFEFF", "\u200E", "\u200F", "\u2060", "\u202A" };
        var text = new StringBuilder();
        while (text.length() < 200_000) {
            var word = words[random.nextInt(words.length)];
            int cut = 1 + random.nextInt(word.length() - 1);
            text.append(word, 0, cut);
            for (int i = random.nextInt(3); i > 0; i--) {
                text.append(invisible[random.nextInt(invisible.length)]);
            }
            text.append(word, cut, word.length()).append(random.nextInt(10) == 0 ? "\n" : " ");
        }
        var stored = text.toString();
        int count = 0;
        try (var stream = SearchAnalyzers.urdu().tokenStream("f", stored)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                var marked = stored.substring(offsets.startOffset(), offsets.endOffset());
                assertThat(SplitWordFilter.isInvisible(marked.charAt(0))).as(marked).isFalse();
                assertThat(terms(SearchAnalyzers.urdu(), marked.replaceAll("[\\u00AD\\uFEFF\\u200E\\u200F\\u2060\\u202A]", "")))
                        .containsExactly(term.toString());
                count++;
            }
            stream.end();
        }
        assertThat(count).isGreaterThan(15_000);
    }
}
