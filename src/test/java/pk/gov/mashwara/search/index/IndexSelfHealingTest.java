package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.search.IndexStatus;
import pk.gov.mashwara.search.IndexUnavailableException;
import pk.gov.mashwara.search.SearchQuery;

/** The index is derived data: whatever happened to it on disk, start-up brings back the same answers. */
class IndexSelfHealingTest {

    @TempDir
    Path root;
    InMemorySource source;

    @BeforeEach
    void database() {
        source = new InMemorySource();
        source.draft(1, "Registration rules", 1, "PTA", DraftKind.RULES_UNDER_STATUTE, DraftStatus.SUBMITTED,
                "first wording of the registration rules", "second wording of the registration rules");
        source.draft(2, "Content policy", 2, "MOIB", DraftKind.POLICY, DraftStatus.UNDER_REVIEW,
                "the content policy of the ministry");
    }

    /** Starts the index as the portal does, and returns its generation directory and hits for a query. */
    Path startAndCheck() throws Exception {
        try (var support = new IndexTestSupport(root, source).started()) {
            assertThat(support.index.numDocs()).isEqualTo(3);
            assertThat(support.search.search(SearchQuery.of("registration"), IndexSearchTest.EVERYTHING).total())
                    .isEqualTo(1);
            return support.index.currentGeneration();
        }
    }

    @Test
    void a_sound_index_is_reused_not_rebuilt() throws Exception {
        var first = startAndCheck();
        assertThat(startAndCheck()).isEqualTo(first);
    }

    @Test
    void a_rebuild_that_failed_is_tried_again_by_itself() throws Exception {
        source.failingPages.set(2);
        try (var support = new IndexTestSupport(root, source)) {
            support.maintenance.retryAfter(java.time.Duration.ofMillis(200));
            support.maintenance.startUp().get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(support.maintenance.status().state()).isEqualTo(pk.gov.mashwara.search.IndexStatus.State.FAILED);

            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> support.maintenance.status().ready());
            assertThat(source.failingPages.get()).isZero();
            assertThat(support.index.numDocs()).isEqualTo(3);
            assertThat(support.search.search(SearchQuery.of("registration"), IndexSearchTest.EVERYTHING).total())
                    .isEqualTo(1);
        }
    }

    @Test
    void a_deleted_directory_is_rebuilt() throws Exception {
        startAndCheck();
        deleteTree(root);
        assertThat(startAndCheck()).exists();
    }

    @Test
    void garbage_in_a_segment_file_is_detected_and_rebuilt() throws Exception {
        var first = startAndCheck();
        Path biggest;
        try (var files = Files.list(first)) {
            biggest = files.filter(f -> !f.getFileName().toString().startsWith("segments") && !f.getFileName().toString().endsWith(".lock"))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        try (var file = new RandomAccessFile(biggest.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write("garbage garbage garbage".getBytes());
        }
        assertThat(new LuceneIndex(root).inspect()).isEqualTo(IndexHealth.CORRUPT);
        assertThat(startAndCheck()).isNotEqualTo(first);
    }

    @Test
    void garbage_in_the_commit_point_is_detected_and_rebuilt() throws Exception {
        var first = startAndCheck();
        try (var files = Files.list(first)) {
            var commit = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
            Files.write(commit, "not a commit point".getBytes());
        }
        assertThat(new LuceneIndex(root).inspect()).isEqualTo(IndexHealth.CORRUPT);
        assertThat(startAndCheck()).isNotEqualTo(first);
    }

    @Test
    void an_index_of_another_schema_version_is_rebuilt() throws Exception {
        var first = startAndCheck();
        try (var dir = FSDirectory.open(first);
                var writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.perField()))) {
            writer.setLiveCommitData(Map.of(IndexSchema.SCHEMA_KEY, "0").entrySet());
            writer.commit();
        }
        assertThat(new LuceneIndex(root).inspect()).isEqualTo(IndexHealth.OTHER_SCHEMA);
        assertThat(startAndCheck()).isNotEqualTo(first);
    }

    @Test
    void an_index_that_disagrees_with_the_database_in_count_is_rebuilt() throws Exception {
        var first = startAndCheck();
        try (var dir = FSDirectory.open(first);
                var writer = new IndexWriter(dir, new IndexWriterConfig(SearchAnalyzers.perField()))) {
            writer.deleteDocuments(new Term(IndexSchema.KEY, IndexSchema.key(2, 1)));
            writer.setLiveCommitData(Map.of(IndexSchema.SCHEMA_KEY, IndexSchema.VERSION).entrySet());
            writer.commit();
        }
        assertThat(new LuceneIndex(root).inspect()).as("sound on disk, only the count differs").isEqualTo(IndexHealth.OK);
        assertThat(startAndCheck()).isNotEqualTo(first);
    }

    @Test
    void while_rebuilding_search_says_so_with_progress_and_changes_made_meanwhile_are_not_lost() throws Exception {
        source.gate = new CountDownLatch(1);
        source.reachedGate = new CountDownLatch(1);
        try (var support = new IndexTestSupport(root, source)) {
            var started = support.maintenance.startUp();
            assertThat(source.reachedGate.await(10, TimeUnit.SECONDS)).isTrue();
            var status = support.maintenance.status();
            assertThat(status.state()).isEqualTo(IndexStatus.State.REBUILDING);
            assertThat(status.total()).isEqualTo(3);
            assertThat(new IndexUnavailableException(status).localizedMessage(Locale.ENGLISH)).contains("0", "3");

            // A draft arrives while the rebuild has already read past it
            source.draft(3, "Late draft", 1, "PTA", DraftKind.POLICY, DraftStatus.SUBMITTED, "arrived during the rebuild");
            support.maintenance.reindexDraft(3);
            source.gate.countDown();
            started.get(30, TimeUnit.SECONDS);

            await().atMost(Duration.ofSeconds(10)).until(() -> support.maintenance.status().ready());
            assertThat(support.search.search(SearchQuery.of("arrived"), IndexSearchTest.EVERYTHING).total()).isEqualTo(1);
            assertThat(support.index.numDocs()).isEqualTo(4);
        }
    }

    @Test
    void an_administrator_rebuild_swaps_in_a_new_generation() throws Exception {
        try (var support = new IndexTestSupport(root, source).started()) {
            var first = support.index.currentGeneration();
            support.maintenance.rebuild("test").get(30, TimeUnit.SECONDS);
            assertThat(support.maintenance.status().ready()).isTrue();
            assertThat(support.index.currentGeneration()).isNotEqualTo(first);
            assertThat(first).doesNotExist();
            assertThat(support.search.search(SearchQuery.of("content"), IndexSearchTest.EVERYTHING).total()).isEqualTo(1);
        }
    }

    @Test
    void changes_reach_search_at_once() throws Exception {
        try (var support = new IndexTestSupport(root, source).started()) {
            source.draft(2, "Content policy", 2, "MOIB", DraftKind.POLICY, DraftStatus.UNDER_REVIEW,
                    "the content policy of the ministry", "a revised policy mentions quokkas");
            support.maintenance.reindexDraft(2);
            var hits = support.search.search(SearchQuery.of("quokkas"), IndexSearchTest.EVERYTHING);
            assertThat(hits.hits()).singleElement().satisfies(h -> assertThat(h.version()).isEqualTo(2));
            assertThat(support.search.search(SearchQuery.of("ministry"), IndexSearchTest.EVERYTHING).total())
                    .as("version 1 is no longer the latest").isZero();
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            for (var f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
