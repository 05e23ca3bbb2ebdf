package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The narrowed query of a page marks, in every document of the page and in the field it is narrowed for, exactly
 * what the user's query marks there: compared match by match (positions) on random documents spread over several
 * segments, for prefix, fuzzy and wildcard parts alone and inside conjunctions and negations, and for parts of
 * another field.
 */
class PageTermsTest {

    private static final String[] WORDS = { "install", "installed", "installation", "instance", "instant", "instead",
            "inspect", "inspection", "insist", "regulation", "regulations", "regulator", "registered", "register",
            "registry", "platform", "platforms", "plate", "policy", "police", "polite", "committee", "commit",
            "commission", "draft", "drafts", "drafter", "social", "society", "media" };

    @Test
    void every_document_of_a_page_matches_the_narrowed_query_exactly_where_it_matched_the_query() throws Exception {
        var analyzer = new StandardAnalyzer();
        var type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        var random = new Random(42);
        try (var dir = new ByteBuffersDirectory()) {
            try (var writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int d = 0; d < 600; d++) {
                    var text = new StringBuilder();
                    for (int w = 0, n = 3 + random.nextInt(40); w < n; w++) {
                        text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(9) == 0 ? ". " : " ");
                    }
                    var doc = new Document();
                    doc.add(new Field("body", text.toString(), type));
                    doc.add(new TextField("title", WORDS[random.nextInt(WORDS.length)], Field.Store.NO));
                    writer.addDocument(doc);
                    if (d % 150 == 149) {
                        writer.commit(); // several segments
                    }
                }
            }
            try (var reader = DirectoryReader.open(dir)) {
                assertThat(reader.leaves()).hasSizeGreaterThan(1);
                var searcher = new IndexSearcher(reader);
                var parser = new QueryParser("body", analyzer);
                parser.setDefaultOperator(QueryParser.Operator.AND);
                int narrowedParts = 0;
                for (var text : List.of("ins*", "inst*", "regul*", "plat* AND comm*", "polic~", "registr~1",
                        "in*ed", "ins* -installed", "title:reg* OR body:dra*", "draft AND (soc* OR med*)", "zzz*",
                        "\"social media\" AND pol*", "title:reg* AND dra*")) {
                    var query = parser.parse(text);
                    var top = searcher.search(query, 20);
                    var page = new int[top.scoreDocs.length];
                    for (int i = 0; i < page.length; i++) {
                        page[i] = top.scoreDocs[i].doc;
                    }
                    for (var field : List.of("body", "title")) {
                        var narrowed = PageTerms.narrowed(searcher, query, page, field);
                        narrowedParts += multiTermParts(query) - multiTermParts(narrowed);
                        for (int doc : page) {
                            assertThat(matches(searcher, narrowed, doc, field)).as("%s in %s of document %d", text,
                                    field, doc).isEqualTo(matches(searcher, query, doc, field));
                        }
                    }
                    for (int doc : page) {
                        var marked = new ArrayList<>(matches(searcher, query, doc, "body"));
                        marked.addAll(matches(searcher, query, doc, "title"));
                        assertThat(marked).as("%s: document %d marked somewhere", text, doc).isNotEmpty();
                    }
                }
                assertThat(narrowedParts).as("multi-term parts replaced by terms").isGreaterThan(10);
                // Nothing of the expansion in the page: the part matches nothing
                assertThat(PageTerms.narrowed(searcher, parser.parse("zzz*"), new int[] { 0 }, "body"))
                        .isInstanceOf(MatchNoDocsQuery.class);
                // A part of another field is not expanded at all: it stands for every document
                assertThat(multiTermParts(PageTerms.narrowed(searcher, parser.parse("title:reg* AND dra*"),
                        new int[] { 0 }, "body"))).isZero();
            }
        }
    }

    private static int multiTermParts(Query query) {
        var count = new int[1];
        query.visit(new QueryVisitor() {
            @Override
            public void visitLeaf(Query leaf) {
                if (leaf instanceof MultiTermQuery) {
                    count[0]++;
                }
            }

            @Override
            public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return count[0];
    }

    /** Field, start and end offset of every match of the query in the document's fields. */
    private static List<String> matches(IndexSearcher searcher, Query query, int doc, String field) throws Exception {
        var weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
        var leaves = searcher.getIndexReader().leaves();
        var leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        var matches = weight.matches(leaf, doc - leaf.docBase);
        var found = new ArrayList<String>();
        if (matches == null) {
            return found;
        }
        var iterator = matches.getMatches(field);
        while (iterator != null && iterator.next()) {
            found.add(field + ":" + iterator.startPosition() + "-" + iterator.endPosition());
        }
        return found;
    }

}
