package pk.gov.mashwara.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.search.SearchQuery;

/**
 * Changes arriving together share one commit, yet each writer returns only once its own change is committed (on
 * disk, as a fresh reader of the last commit sees it) and searchable; a change after a quiet spell does not wait.
 */
class GroupCommitTest {

    @TempDir
    Path root;

    private IndexMaintenance started(InMemorySource source, LuceneIndex index) throws Exception {
        var maintenance = new IndexMaintenance(index, source);
        maintenance.startUp().get(30, TimeUnit.SECONDS);
        assertThat(maintenance.status().ready()).isTrue();
        return maintenance;
    }

    /** Documents in the index's last commit, read from disk as a portal starting afresh would. */
    private int committedDocuments(LuceneIndex index) throws Exception {
        try (var directory = FSDirectory.open(index.currentGeneration()); var reader = DirectoryReader.open(directory)) {
            return reader.numDocs();
        }
    }

    /** A draft's documents in the index's last commit on disk. */
    private int committedDocuments(LuceneIndex index, long draftId) throws Exception {
        try (var directory = FSDirectory.open(index.currentGeneration()); var reader = DirectoryReader.open(directory)) {
            return new org.apache.lucene.search.IndexSearcher(reader).count(new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(IndexSchema.DRAFT_ID, String.valueOf(draftId))));
        }
    }

    @Test
    void a_change_after_a_quiet_spell_is_committed_at_once_not_after_the_interval() throws Exception {
        var source = new InMemorySource();
        source.draft(1, "Registration rules", 1, "PTA", DraftKind.RULES_UNDER_STATUTE, DraftStatus.SUBMITTED, "first");
        // an interval far longer than the test may take: a write that waited for it would fail the test
        try (var index = new LuceneIndex(root, Duration.ofMinutes(10)); var maintenance = started(source, index)) {
            source.draft(2, "Content policy", 2, "MOIB", DraftKind.POLICY, DraftStatus.SUBMITTED, "the content policy");
            long before = index.commits();
            var writer = Executors.newSingleThreadExecutor();
            try {
                writer.submit(() -> maintenance.reindexDraft(2)).get(60, TimeUnit.SECONDS);
            } finally {
                writer.shutdownNow();
            }

            assertThat(index.commits()).isEqualTo(before + 1);
            assertThat(committedDocuments(index)).isEqualTo(2);
            assertThat(new IndexSearch(index).search(SearchQuery.of("content"), IndexSearchTest.EVERYTHING).total())
                    .isEqualTo(1);
        }
    }

    @Test
    void changes_arriving_together_share_commits_and_each_writer_returns_with_its_change_on_disk() throws Exception {
        var source = new InMemorySource();
        int drafts = 24;
        for (int id = 1; id <= drafts; id++) {
            source.draft(id, "Draft " + id, 1, "PTA", DraftKind.POLICY, DraftStatus.DRAFT, "wording " + id);
        }
        try (var index = new LuceneIndex(root, Duration.ofMillis(300)); var maintenance = started(source, index)) {
            for (int id = 1; id <= drafts; id++) {
                source.draft(id, "Draft " + id, 1, "PTA", DraftKind.POLICY, DraftStatus.SUBMITTED, "wording " + id,
                        "revised wording " + id);
            }
            long before = index.commits();
            var pool = Executors.newFixedThreadPool(drafts);
            var go = new CountDownLatch(1);
            var writes = new ArrayList<Future<Integer>>();
            try {
                for (int id = 1; id <= drafts; id++) {
                    long draftId = id;
                    writes.add(pool.submit(() -> {
                        go.await();
                        maintenance.reindexDraft(draftId);
                        // what this writer wrote is in the last commit on disk when it returns
                        return committedDocuments(index, draftId);
                    }));
                }
                go.countDown();
                for (var write : writes) {
                    // each draft went from one version to two: its writer sees both committed
                    assertThat(write.get(60, TimeUnit.SECONDS)).isEqualTo(2);
                }
            } finally {
                pool.shutdownNow();
            }
            long commits = index.commits() - before;
            assertThat(commits).as("commits for %d changes arriving together", drafts).isBetween(1L, 6L);
            assertThat(committedDocuments(index)).isEqualTo(2 * drafts);
            assertThat(new IndexSearch(index).search(SearchQuery.of("revised"), IndexSearchTest.EVERYTHING).total())
                    .isEqualTo(drafts);
        }
    }

    @Test
    void writes_one_after_another_within_the_interval_wait_for_it_and_are_each_committed() throws Exception {
        var source = new InMemorySource();
        source.draft(1, "Registration rules", 1, "PTA", DraftKind.RULES_UNDER_STATUTE, DraftStatus.SUBMITTED, "first");
        try (var index = new LuceneIndex(root, Duration.ofMillis(150)); var maintenance = started(source, index)) {
            long before = index.commits();
            long start = System.nanoTime();
            for (int n = 2; n <= 4; n++) {
                var texts = new String[n];
                for (int v = 0; v < n; v++) {
                    texts[v] = "wording " + (v + 1);
                }
                source.draft(1, "Registration rules", 1, "PTA", DraftKind.RULES_UNDER_STATUTE, DraftStatus.SUBMITTED,
                        texts);
                maintenance.reindexDraft(1);
                assertThat(committedDocuments(index)).isEqualTo(n);
            }
            assertThat(index.commits() - before).isEqualTo(3);
            // the second and third each waited until the commit before was 150 ms old
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void a_change_staged_when_the_index_closes_is_not_reported_written() throws Exception {
        var source = new InMemorySource();
        source.draft(1, "Registration rules", 1, "PTA", DraftKind.RULES_UNDER_STATUTE, DraftStatus.SUBMITTED, "first");
        try (var index = new LuceneIndex(root, Duration.ofMillis(100)); var maintenance = started(source, index)) {
            long change = index.stageValues(1, IndexSchema.state(source.draft(1).orElseThrow()));
            index.close();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.awaitCommitted(change))
                    .isInstanceOf(java.io.IOException.class).hasMessageContaining("could not be committed");
        }
    }
}
