package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.search.SearchHit;
import pk.gov.mashwara.search.SearchQuery;

/**
 * Snippets of long texts: only a head of each text is read for a hit, yet a match anywhere in a long draft is
 * shown marked, and prefix and fuzzy queries are marked from the postings as plain words are.
 */
class SnippetsTest {

    /** Beyond the head and into the third stored page: the text of a long draft, far down. */
    static final int DEEP = IndexSchema.HEAD_CHARS + 2 * IndexSchema.PAGE_CHARS + 1234;

    @TempDir
    Path dir;
    IndexTestSupport support;
    String longText;

    @BeforeEach
    void index() throws Exception {
        var filler = new StringBuilder();
        while (filler.length() < DEEP) {
            filler.append("The committee considered the draft and its schedules at length. ");
        }
        longText = filler.substring(0, DEEP) + " Platforms shall <b>keep</b> a quetzalcoatl register & report it. "
                + filler.substring(0, 5000) + " An early word appears at the end: broadcasting.";
        var source = new InMemorySource();
        source.draft(1, "Long draft", 1, "PTA", DraftKind.POLICY, DraftStatus.SUBMITTED,
                "Broadcasting comes first here. " + longText);
        source.draft(2, "Short draft", 1, "PTA", DraftKind.POLICY, DraftStatus.SUBMITTED,
                "The regulation of social media platforms requires registration within ninety days.");
        support = new IndexTestSupport(dir, source).started();
    }

    @AfterEach
    void close() throws Exception {
        support.close();
    }

    String snippet(String query, long draftId) {
        return support.search.search(SearchQuery.of(query), IndexSearchTest.EVERYTHING).hits().stream()
                .filter(h -> h.draftId() == draftId).map(SearchHit::snippetHtml).findFirst().orElseThrow();
    }

    @Test
    void a_match_far_beyond_the_head_is_shown_marked_with_its_surroundings_escaped() {
        var snippet = snippet("quetzalcoatl", 1);
        assertThat(snippet).contains("<mark>quetzalcoatl</mark>").contains("shall &lt;b&gt;keep&lt;")
                .contains("&amp; report");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
        // The stretch read around the match starts with a whole word, not the tail of one
        assertThat(snippet.split(" ")[0]).isIn("The", "committee", "considered", "the", "draft", "and", "its",
                "schedules", "at", "length.");
    }

    @Test
    void phrases_and_prefixes_far_down_are_marked_too() {
        assertThat(snippet("\"quetzalcoatl register\"", 1)).contains("<mark>quetzalcoatl register</mark>");
        assertThat(snippet("quetzalc*", 1)).contains("<mark>quetzalcoatl</mark>");
        // A conjunction whose other word is only in the title: the word in the text is still marked
        assertThat(snippet("long AND quetzalcoatl", 1)).contains("<mark>quetzalcoatl</mark>");
    }

    @Test
    void how_far_passages_are_looked_for_is_bounded_per_page() throws Exception {
        var query = UserQueries.parse("quetzalcoatl", support.index.analyzer());
        support.index.withSearcher(searcher -> {
            var doc = searcher.search(new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(IndexSchema.DRAFT_ID, "1")), 1).scoreDocs[0].doc;
            var head = new String[] { StoredBody.read(searcher, doc, 0, IndexSchema.HEAD_CHARS).text() };
            var ids = new int[] { doc };
            assertThat(new Snippets(support.index.analyzer(), DEEP + 10_000).of(searcher, query, ids, head)[0])
                    .contains("<mark>quetzalcoatl</mark>");
            assertThat(new Snippets(support.index.analyzer(), DEEP).of(searcher, query, ids, head)[0])
                    .as("over the budget: the opening").startsWith("Broadcasting comes first here.").doesNotContain("<mark>");
            return null;
        });
    }

    @Test
    void a_match_in_the_head_is_taken_from_the_head() {
        assertThat(snippet("broadcasting", 1)).startsWith("<mark>Broadcasting</mark> comes first here.");
    }

    @Test
    void prefix_and_fuzzy_queries_are_marked_from_the_postings() {
        assertThat(snippet("regist*", 2)).contains("<mark>registration</mark>");
        assertThat(snippet("withn~", 2)).contains("<mark>within</mark>");
        assertThat(snippet("ninet*", 2)).contains("<mark>ninety</mark>");
    }

    @Test
    void no_match_in_the_text_shows_its_opening_unmarked() {
        assertThat(snippet("long", 1)).startsWith("Broadcasting comes first here.").doesNotContain("<mark>");
    }

    @Test
    void the_stored_text_reads_back_exactly_across_the_head_and_the_pages() throws Exception {
        var text = "Broadcasting comes first here. " + longText;
        int[][] stretches = { { 0, 50 }, { IndexSchema.HEAD_CHARS - 30, IndexSchema.HEAD_CHARS + 30 },
                { IndexSchema.HEAD_CHARS + IndexSchema.PAGE_CHARS - 10, IndexSchema.HEAD_CHARS + IndexSchema.PAGE_CHARS + 10 },
                { DEEP - 100, DEEP + 200 }, { text.length() - 20, text.length() + 500 } };
        support.index.withSearcher(searcher -> {
            var doc = searcher.search(new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(IndexSchema.DRAFT_ID, "1")), 1).scoreDocs[0].doc;
            for (var s : stretches) {
                var window = StoredBody.read(searcher, doc, s[0], s[1]);
                assertThat(window.start()).isEqualTo(s[0]);
                assertThat(window.text()).isEqualTo(text.substring(s[0], Math.min(s[1], text.length())));
                assertThat(window.more()).isEqualTo(s[1] < text.length());
            }
            return null;
        });
    }

    @Test
    void a_surrogate_pair_is_never_cut_in_half() throws Exception {
        // An emoji (two chars) straddling the head's end: the head stops before it, the first page starts with it
        var text = "x".repeat(IndexSchema.HEAD_CHARS - 1) + "\uD83D\uDE00 tail";
        assertThat(IndexSchema.cut(text, IndexSchema.HEAD_CHARS)).isEqualTo(IndexSchema.HEAD_CHARS - 1);
        assertThat(IndexSchema.cut(text, IndexSchema.HEAD_CHARS - 1)).isEqualTo(IndexSchema.HEAD_CHARS - 1);
        assertThat(IndexSchema.cut(text, text.length() + 10)).isEqualTo(text.length());

        support.source.draft(3, "Emoji", 1, "PTA", DraftKind.POLICY, DraftStatus.SUBMITTED, text);
        support.maintenance.reindexDraft(3);
        support.index.withSearcher(searcher -> {
            var doc = searcher.search(new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(IndexSchema.DRAFT_ID, "3")), 1).scoreDocs[0].doc;
            assertThat(StoredBody.read(searcher, doc, IndexSchema.HEAD_CHARS - 3, IndexSchema.HEAD_CHARS + 6).text())
                    .isEqualTo("xx\uD83D\uDE00 tail");
            // A stretch that would begin or end inside the pair leaves the pair out
            var from = StoredBody.read(searcher, doc, IndexSchema.HEAD_CHARS, IndexSchema.HEAD_CHARS + 6);
            assertThat(from.start()).isEqualTo(IndexSchema.HEAD_CHARS + 1);
            assertThat(from.text()).isEqualTo(" tail");
            assertThat(StoredBody.read(searcher, doc, IndexSchema.HEAD_CHARS - 2, IndexSchema.HEAD_CHARS).text())
                    .isEqualTo("x");
            return null;
        });
    }
}
