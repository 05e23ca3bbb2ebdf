package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SearchAnalyzersTest {

    @Test
    void english_stemming_makes_plural_and_singular_one_term() throws IOException {
        var english = SearchAnalyzers.english();
        assertThat(terms(english, "regulations")).isEqualTo(terms(english, "regulation")).hasSize(1);
        assertThat(terms(english, "Platforms' registration")).isEqualTo(terms(english, "platform registrations"));
        // stop words are dropped in body, kept as written in exact
        assertThat(terms(english, "the rules of business")).doesNotContain("the", "of");
        assertThat(terms(SearchAnalyzers.exact(), "The Rules of Business")).containsExactly("the", "rules", "of", "business");
    }

    @Test
    void arabic_keyboard_letters_fold_to_urdu_ones_in_every_field() throws IOException {
        // حكومت / پاليسي / كه typed with Arabic kaf, yeh and heh; the text has Urdu ک ی ہ
        for (var analyzer : List.of(SearchAnalyzers.urdu(), SearchAnalyzers.english(), SearchAnalyzers.exact())) {
            assertThat(terms(analyzer, "حكومت پاليسي كه")).isEqualTo(terms(analyzer, "حکومت پالیسی کہ"));
        }
        assertThat(terms(SearchAnalyzers.urdu(), "حكومت")).containsExactly("حکومت");
    }

    @Test
    void letters_an_arabic_keyboard_cannot_type_are_found_by_those_it_can() throws IOException {
        var urdu = SearchAnalyzers.urdu();
        assertThat(terms(urdu, "هي")).isEqualTo(terms(urdu, "ہے"));
        assertThat(terms(urdu, "بهي")).isEqualTo(terms(urdu, "بھی"));
    }

    @Test
    void diacritics_and_tatweel_are_ignored_and_eastern_digits_read_as_ascii() throws IOException {
        for (var analyzer : List.of(SearchAnalyzers.urdu(), SearchAnalyzers.exact())) {
            assertThat(terms(analyzer, "پاکِسْتان")).isEqualTo(terms(analyzer, "پاکستان"));
            assertThat(terms(analyzer, "پاکـــستان")).isEqualTo(terms(analyzer, "پاکستان"));
            assertThat(terms(analyzer, "۲۰۲۶")).containsExactly("2026");
        }
    }

    @Test
    void folding_keeps_letters_urdu_and_arabic_share() throws IOException {
        assertThat(terms(SearchAnalyzers.urdu(), "قانون")).containsExactly("قانون");
        assertThat(terms(SearchAnalyzers.urdu(), "حکومت")).isNotEqualTo(terms(SearchAnalyzers.urdu(), "حکومة"));
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        var terms = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("f", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
