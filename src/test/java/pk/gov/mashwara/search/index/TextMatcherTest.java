package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import pk.gov.mashwara.search.InvalidQueryException;
import pk.gov.mashwara.text.TextMatches;

class TextMatcherTest {

    private final TextMatcher matcher = new TextMatcher(SearchAnalyzers.perField(), TextMatcher.MAX_CHARS,
            TextMatcher.MAX_MATCHES);

    @Test
    void a_stemmed_word_marks_its_other_forms() {
        var text = "The Regulations apply. This regulation is one of the regulatory texts.";
        assertThat(marked(text, "regulation")).containsExactly("Regulations", "regulation");
    }

    @Test
    void a_phrase_is_marked_as_a_whole_and_only_where_its_words_stand_together() {
        var text = "Content regulations are new. Content is king; the regulations follow.";
        assertThat(marked(text, "\"content regulations\"")).containsExactly("Content regulations");
    }

    @Test
    void a_prefix_and_a_fuzzy_term_mark_what_they_match() {
        var text = "Registration of registered platforms; the registrar decides. Regional offices.";
        assertThat(marked(text, "regist*")).containsExactly("Registration", "registered", "registrar");
        assertThat(marked(text, "platfroms~")).containsExactly("platforms");
    }

    @Test
    void urdu_typed_on_an_arabic_keyboard_marks_the_urdu_text() {
        var text = "وفاقی حکومت کی پالیسی کے مطابق لائسنس یافتگان شکایات کا ریکارڈ رکھیں گے۔";
        // ي ك ه typed for ی ک ہ
        assertThat(marked(text, "حكومت")).containsExactly("حکومت");
        assertThat(marked(text, "پاليسي")).containsExactly("پالیسی");
        assertThat(marked(text, "\"شكايات كا ريكارڈ\"")).containsExactly("شکایات کا ریکارڈ");
    }

    @Test
    void words_after_not_are_not_marked_and_words_only_in_the_title_do_not_prevent_the_others() {
        var text = "Licensees shall keep a record of complaints.";
        assertThat(marked(text, "complaints NOT licensees")).containsExactly("complaints");
        assertThat(marked(text, "record AND wordonlyinthetitle")).containsExactly("record");
    }

    @Test
    void offsets_refer_to_the_text_as_stored_markup_included() {
        var text = "<script>alert('regulation')</script> and a regulation.";
        var found = matcher.find(text, "regulation").matches();
        assertThat(found).extracting(m -> text.substring(m.start(), m.end())).containsExactly("regulation", "regulation");
        assertThat(found.getFirst().start()).isEqualTo(text.indexOf("regulation"));
    }

    @Test
    void only_the_first_characters_and_the_first_matches_are_taken() {
        var text = "rule ".repeat(100) + "regulation";
        var cut = new TextMatcher(SearchAnalyzers.perField(), 50, TextMatcher.MAX_MATCHES).find(text, "regulation OR rule");
        assertThat(cut.textCut()).isTrue();
        assertThat(cut.searchedChars()).isEqualTo(50);
        assertThat(cut.matches()).hasSize(10).allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(50));

        var few = new TextMatcher(SearchAnalyzers.perField(), TextMatcher.MAX_CHARS, 7).find(text, "rule");
        assertThat(few.capped()).isTrue();
        assertThat(few.textCut()).isFalse();
        assertThat(few.matches()).hasSize(7).first().isEqualTo(new TextMatches.Match(0, 4));

        var all = matcher.find(text, "rule");
        assertThat(all.capped()).isFalse();
        assertThat(all.matches()).hasSize(100);
    }

    @Test
    void no_query_marks_nothing_and_a_malformed_one_is_refused() {
        assertThat(matcher.find("Some text", "  ")).isEqualTo(TextMatches.NONE);
        assertThatThrownBy(() -> matcher.find("Some text", "\"unclosed AND")).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void matches_found_in_several_fields_are_one() {
        assertThat(TextMatcher.merge(List.of(new TextMatches.Match(5, 9), new TextMatches.Match(0, 3),
                new TextMatches.Match(5, 9), new TextMatches.Match(7, 12))))
                .containsExactly(new TextMatches.Match(0, 3), new TextMatches.Match(5, 12));
    }

    private List<String> marked(String text, String query) {
        return matcher.find(text, query).matches().stream().map(m -> text.substring(m.start(), m.end())).toList();
    }
}
