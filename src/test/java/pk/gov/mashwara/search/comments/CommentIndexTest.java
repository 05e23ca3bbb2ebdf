package pk.gov.mashwara.search.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftVisibility;
import pk.gov.mashwara.search.CommentResults;
import pk.gov.mashwara.search.IndexStatus;
import pk.gov.mashwara.search.InvalidQueryException;
import pk.gov.mashwara.search.SearchQuery;

/** The comment index on its own: who finds which comment, what a hit shows, and how it heals itself. */
class CommentIndexTest {

    static final long PTA = 10;
    static final long MOIB = 20;
    static final DraftVisibility PTA_COMMITTEE = new DraftVisibility(false, Set.of(PTA), false);
    static final DraftVisibility OTHER_COMMITTEE = new DraftVisibility(false, Set.of(MOIB), false);
    static final DraftVisibility NSMCWG = new DraftVisibility(false, Set.of(), true);
    static final DraftVisibility AUDITOR = new DraftVisibility(true, Set.of(), false);

    @TempDir
    Path root;
    InMemoryComments source;
    CommentIndexMaintenance maintenance;
    CommentSearch search;

    @BeforeEach
    void database() throws Exception {
        source = new InMemoryComments();
        source.draft(1, "Registration rules", PTA, "PTA", DraftStatus.UNDER_REVIEW, true);
        source.draft(2, "Licensing policy", PTA, "PTA", DraftStatus.DRAFT, false);
        source.comment(1, 100, null, "The alphaword deadline is too short for <b>small</b> platforms.", "within 24 hours");
        source.comment(1, 101, PTA, "Internal: bravoword, the ministry will resist this.", null);
        source.comment(2, 200, null, "Charlieword needs the Law Division's view.", null);
        start();
    }

    @AfterEach
    void close() {
        maintenance.close();
    }

    void start() throws Exception {
        maintenance = new CommentIndexMaintenance(root.resolve("comments"), source);
        search = new CommentSearch(maintenance);
        maintenance.startUp().get(30, TimeUnit.SECONDS);
        assertThat(maintenance.status().state()).isEqualTo(IndexStatus.State.READY);
    }

    void restart() throws Exception {
        maintenance.close();
        start();
    }

    long found(String words, DraftVisibility visibility) {
        return search.search(SearchQuery.of(words), visibility).total();
    }

    @Test
    void comments_are_found_by_who_may_see_the_draft_and_internal_notes_only_by_their_committee() {
        assertThat(found("alphaword", PTA_COMMITTEE)).isEqualTo(1);
        assertThat(found("alphaword", NSMCWG)).as("submitted draft").isEqualTo(1);
        assertThat(found("alphaword", AUDITOR)).isEqualTo(1);
        assertThat(found("alphaword", OTHER_COMMITTEE)).isZero();

        assertThat(found("bravoword", PTA_COMMITTEE)).isEqualTo(1);
        assertThat(found("bravoword", NSMCWG)).isZero();
        assertThat(found("bravoword", AUDITOR)).as("not even an auditor").isZero();
        assertThat(found("bravoword", OTHER_COMMITTEE)).isZero();
        assertThat(found("bravoword", new DraftVisibility(false, Set.of(MOIB), true))).isZero();

        assertThat(found("charlieword", PTA_COMMITTEE)).isEqualTo(1);
        assertThat(found("charlieword", NSMCWG)).as("not submitted").isZero();
        assertThat(found("charlieword", AUDITOR)).isEqualTo(1);
        assertThat(search.search(SearchQuery.of("charlieword"), DraftVisibility.NOTHING)).isEqualTo(CommentResults.NONE);
    }

    @Test
    void a_hit_links_to_its_thread_and_escapes_the_comment() {
        var result = search.search(SearchQuery.of("platform"), NSMCWG);
        assertThat(result.total()).isEqualTo(1);
        var hit = result.hits().getFirst();
        assertThat(hit.threadId()).isEqualTo(100);
        assertThat(hit.draftId()).isEqualTo(1);
        assertThat(hit.title()).isEqualTo("Registration rules");
        assertThat(hit.committeeCode()).isEqualTo("PTA");
        assertThat(hit.authorName()).isEqualTo("Author 1");
        assertThat(hit.passage()).isEqualTo("within 24 hours");
        assertThat(hit.internal()).isFalse();
        assertThat(hit.readerPath()).isEqualTo("drafts/1/versions/1/text?thread=100");
        assertThat(hit.snippetHtml()).contains("<mark>platforms</mark>").contains("&lt;b&gt;small&lt;")
                .doesNotContain("<b>");

        var note = search.search(SearchQuery.of("bravoword"), PTA_COMMITTEE).hits().getFirst();
        assertThat(note.internal()).isTrue();
        assertThat(note.passage()).isNull();
    }

    @Test
    void the_query_is_parsed_as_the_document_search_parses_it() {
        assertThat(found("alphaw*", PTA_COMMITTEE)).isEqualTo(1);
        assertThat(found("charliewurd~", PTA_COMMITTEE)).isEqualTo(1);
        assertThat(found("\"law division\"", PTA_COMMITTEE)).isEqualTo(1);
        assertThat(found("alphaword OR charlieword", PTA_COMMITTEE)).isEqualTo(2);
        assertThat(found("alphaword AND charlieword", PTA_COMMITTEE)).isZero();
        assertThat(found("Registration", PTA_COMMITTEE)).as("the draft's title is not the comment's text").isZero();
        assertThat(search.search(SearchQuery.of(" "), PTA_COMMITTEE)).isEqualTo(CommentResults.NONE);
        assertThatThrownBy(() -> found("\"unclosed", PTA_COMMITTEE)).isInstanceOf(InvalidQueryException.class)
                .hasFieldOrPropertyWithValue("messageKey", "search.error.malformed");
    }

    @Test
    void the_facets_narrow_the_comments_too() {
        assertThat(search.search(SearchQuery.of("alphaword").withCommittees(Set.of("MOIB")), PTA_COMMITTEE).total())
                .isZero();
        assertThat(search.search(SearchQuery.of("alphaword").withCommittees(Set.of("PTA")), PTA_COMMITTEE).total())
                .isEqualTo(1);
        assertThat(search.search(SearchQuery.of("alphaword OR charlieword").withStatuses(Set.of(DraftStatus.DRAFT)),
                PTA_COMMITTEE).hits()).extracting(h -> h.draftId()).containsExactly(2L);
    }

    @Test
    void reindexing_a_draft_follows_retractions_and_submissions() {
        var added = source.comment(2, 201, null, "Deltaword is missing.", null);
        maintenance.reindexDraft(2);
        assertThat(found("deltaword", PTA_COMMITTEE)).isEqualTo(1);

        source.retract(added);
        maintenance.reindexDraft(2);
        assertThat(found("deltaword", PTA_COMMITTEE)).isZero();

        source.draft(2, "Licensing policy", PTA, "PTA", DraftStatus.SUBMITTED, true);
        assertThat(found("charlieword", NSMCWG)).as("until reindexed").isZero();
        maintenance.reindexDraft(2);
        assertThat(found("charlieword", NSMCWG)).isEqualTo(1);
    }

    @Test
    void a_draft_without_comments_is_written_as_none_and_the_index_closes_cleanly() throws Exception {
        source.draft(3, "Quiet draft", PTA, "PTA", DraftStatus.SUBMITTED, true);
        maintenance.reindexDraft(3);
        maintenance.reindexDraft(1);
        restart();
        assertThat(found("alphaword", NSMCWG)).isEqualTo(1);
    }

    @Test
    void only_the_best_few_are_returned_and_all_are_counted() {
        for (int i = 0; i < CommentResults.MAX_HITS + 3; i++) {
            source.comment(1, 300 + i, null, "Echoword number " + i, null);
        }
        maintenance.reindexDraft(1);
        var result = search.search(SearchQuery.of("echoword"), NSMCWG);
        assertThat(result.total()).isEqualTo(CommentResults.MAX_HITS + 3);
        assertThat(result.hits()).hasSize(CommentResults.MAX_HITS);
    }

    @Test
    void a_deleted_index_is_rebuilt_at_start_up() throws Exception {
        maintenance.close();
        deleteTree(root.resolve("comments"));
        start();
        assertThat(found("alphaword", NSMCWG)).isEqualTo(1);
        assertThat(found("bravoword", PTA_COMMITTEE)).isEqualTo(1);
    }

    @Test
    void an_index_out_of_step_with_the_database_is_rebuilt_at_start_up() throws Exception {
        maintenance.close();
        // a comment written while the portal was down, its event lost
        source.comment(2, 202, null, "Foxtrotword arrived meanwhile.", null);
        start();
        assertThat(found("foxtrotword", PTA_COMMITTEE)).isEqualTo(1);
    }

    @Test
    void a_damaged_index_is_rebuilt_at_start_up() throws Exception {
        maintenance.close();
        try (var files = Files.walk(root.resolve("comments"))) {
            var segment = files.filter(p -> p.getFileName().toString().endsWith(".cfs")
                    || p.getFileName().toString().endsWith(".tim")).findFirst().orElseThrow();
            try (var file = new RandomAccessFile(segment.toFile(), "rw")) {
                file.seek(file.length() / 2);
                file.write(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
            }
        }
        start();
        assertThat(found("alphaword", NSMCWG)).isEqualTo(1);
    }

    @Test
    void while_rebuilding_comments_are_unavailable_and_changes_are_held() throws Exception {
        maintenance.close();
        var slow = new InMemoryComments() {
            @Override
            public java.util.List<Long> draftsWithComments() {
                sleep();
                return source.draftsWithComments();
            }
        };
        slow.drafts.putAll(source.drafts);
        slow.comments.putAll(source.comments);
        maintenance = new CommentIndexMaintenance(root.resolve("comments"), slow);
        search = new CommentSearch(maintenance);
        var rebuilt = maintenance.rebuild("test");
        assertThat(search.search(SearchQuery.of("alphaword"), NSMCWG)).isEqualTo(CommentResults.UNAVAILABLE);
        rebuilt.get(30, TimeUnit.SECONDS);
        assertThat(found("alphaword", NSMCWG)).isEqualTo(1);
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            for (var file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
