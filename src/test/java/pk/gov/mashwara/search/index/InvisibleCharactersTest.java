package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static pk.gov.mashwara.search.index.SearchAnalyzersTest.terms;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.search.SearchHit;
import pk.gov.mashwara.search.SearchQuery;

/**
 * Real documents carry characters nobody sees: soft hyphens where a word processor may break a word, zero-width
 * (non-)joiners and spaces, byte-order marks, bidi marks. Inside a word they must not make another word of it, in
 * the index, in the query, in the reader's marks and in snippets alike; the stored text keeps them.
 */
class InvisibleCharactersTest {

    private static final String SHY = "\u00AD";
    private static final String ZWNJ = "\u200C";
    private static final String ZWJ = "\u200D";
    private static final String ZWSP = "\u200B";
    private static final String BOM = "\uFEFF";
    private static final String LRM = "\u200E";
    private static final String RLM = "\u200F";

    private final TextMatcher matcher = new TextMatcher(SearchAnalyzers.perField(), TextMatcher.MAX_CHARS,
            TextMatcher.MAX_MATCHES);

    @TempDir
    Path dir;
    IndexTestSupport support;

    @AfterEach
    void close() throws Exception {
        if (support != null) {
            support.close();
        }
    }

    @Test
    void a_word_with_invisible_characters_inside_is_the_word_in_every_field() throws Exception {
        for (var analyzer : List.of(SearchAnalyzers.english(), SearchAnalyzers.exact(), SearchAnalyzers.urdu())) {
            assertThat(terms(analyzer, "on" + SHY + "line regu" + SHY + "lations")).isEqualTo(terms(analyzer, "online regulations"));
            assertThat(terms(analyzer, "on" + ZWNJ + "line in" + ZWJ + "fra" + ZWSP + "structure"))
                    .isEqualTo(terms(analyzer, "online infrastructure"));
            assertThat(terms(analyzer, BOM + "Pream" + LRM + "ble " + RLM + "act" + BOM))
                    .isEqualTo(terms(analyzer, "Preamble act"));
        }
    }

    @Test
    void a_zero_width_non_joiner_between_urdu_letters_is_read_alike_in_text_and_query() throws Exception {
        // ذمہ‌داری (responsibility) is written with a ZWNJ; typed with or without it, it is one word
        var written = "ذمہ" + ZWNJ + "داری";
        for (var analyzer : List.of(SearchAnalyzers.english(), SearchAnalyzers.exact(), SearchAnalyzers.urdu())) {
            assertThat(terms(analyzer, written)).hasSize(1);
            assertThat(matcher.find("حکومت کی " + written + " ہے", written).matches()).hasSize(1);
        }
        assertThat(marked("حکومت کی " + written + " ہے", "ذمہداری")).containsExactly(written);
    }

    @Test
    void the_reader_marks_the_word_as_stored_invisible_characters_and_all() {
        var text = BOM + "Every on" + SHY + "line platform keeps regu" + SHY + "lations; on" + ZWNJ + "line too.";
        assertThat(marked(text, "online")).containsExactly("on" + SHY + "line", "on" + ZWNJ + "line");
        assertThat(marked(text, "regulation")).containsExactly("regu" + SHY + "lations");
        assertThat(marked(text, "\"online platform\"")).containsExactly("on" + SHY + "line platform");
        assertThat(matcher.find(text, "every").matches().getFirst().start()).isEqualTo(1);
    }

    @Test
    void a_search_finds_and_marks_a_word_with_a_soft_hyphen() throws Exception {
        var source = new InMemorySource();
        source.draft(1, "Online safety", 1, "PTA", DraftKind.POLICY, DraftStatus.SUBMITTED,
                "Every on" + SHY + "line platform shall follow these regu" + SHY + "lations.");
        support = new IndexTestSupport(dir, source).started();

        for (var query : List.of("regulation", "\"online platform\"", "onlin*")) {
            assertThat(hits(query)).as(query).extracting(SearchHit::draftId).containsExactly(1L);
        }
        assertThat(hits("regulation").getFirst().snippetHtml()).contains("<mark>regu" + SHY + "lations</mark>");
        assertThat(hits("\"online platform\"").getFirst().snippetHtml()).contains("<mark>on" + SHY + "line platform</mark>");
    }

    private List<SearchHit> hits(String query) {
        return support.search.search(SearchQuery.of(query), IndexSearchTest.EVERYTHING).hits();
    }

    private List<String> marked(String text, String query) {
        return matcher.find(text, query).matches().stream().map(m -> text.substring(m.start(), m.end())).toList();
    }
}
