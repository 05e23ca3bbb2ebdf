package pk.gov.mashwara.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.assertj.core.api.Condition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.draft.storage.FileStore;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.shared.RefusedFileException;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.StoredFiles;
import pk.gov.mashwara.support.TestFiles;

@SpringBootTest
@Import(Fixtures.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DraftServiceIT {

    @Autowired
    DraftService drafts;

    @Autowired

    pk.gov.mashwara.routing.RoutingService routing;

    @Autowired
    FileStore store;

    @Autowired
    Fixtures fixtures;

    /** Who acts, relative to the draft's committee (PTA); "other" is PEMRA. */
    enum Who {
        DRAFTER_OWN, DRAFTER_OTHER, OFFICER_OWN, OFFICER_OTHER, NSMCWG_MEMBER, NSMCWG_SECRETARY, FOCAL_PERSON, ADMIN,
        AUDITOR, ANONYMOUS
    }

    enum Action {
        LIST, COUNT, GET, CREATE, ADD_VERSION, DOWNLOAD, PUT_UP, RETURN_TO_DRAFTER, SUBMIT, COMMITTEES_FOR_NEW_DRAFTS,
        RETURN_FOR_REVISION;

        boolean changesTheDraft() {
            return this == ADD_VERSION || this == PUT_UP || this == RETURN_TO_DRAFTER || this == SUBMIT
                    || this == RETURN_FOR_REVISION;
        }
    }

    /**
     * What happens. For the queries (list, count, committees for new drafts) {@code ok} means the draft (or its
     * committee) is in the answer and {@code hidden} that it is not; for the other actions {@code hidden} is a
     * {@link NotFoundException}, so that a hidden draft's existence does not leak.
     */
    enum Outcome {
        OK, HIDDEN, DENIED, CONFLICT, UNAUTHENTICATED
    }

    // @formatter:off
    private static final Map<DraftStatus, String> MATRIX = Map.of(
            DraftStatus.DRAFT, """
                               LIST    COUNT   GET     CREATE  ADD_VERSION DOWNLOAD PUT_UP  RETURN_TO_DRAFTER SUBMIT  COMMITTEES_FOR_NEW_DRAFTS  RETURN_FOR_REVISION
            DRAFTER_OWN        ok      ok      ok      ok      ok          ok       ok      denied            denied  ok  denied
            DRAFTER_OTHER      hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            OFFICER_OWN        ok      ok      ok      denied  denied      ok       denied  conflict          conflict hidden  denied
            OFFICER_OTHER      hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            NSMCWG_MEMBER      hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            NSMCWG_SECRETARY   hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            FOCAL_PERSON       hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            ADMIN              hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            AUDITOR            ok      ok      ok      denied  denied      ok       denied  denied            denied  hidden  denied
            ANONYMOUS          unauth  unauth  unauth  unauth  unauth      unauth   unauth  unauth            unauth  unauth  unauth
            """,
            DraftStatus.COMMITTEE_APPROVAL, """
                               LIST    COUNT   GET     CREATE  ADD_VERSION DOWNLOAD PUT_UP  RETURN_TO_DRAFTER SUBMIT  COMMITTEES_FOR_NEW_DRAFTS  RETURN_FOR_REVISION
            DRAFTER_OWN        ok      ok      ok      ok      conflict    ok       conflict denied           denied  ok  denied
            DRAFTER_OTHER      hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            OFFICER_OWN        ok      ok      ok      denied  denied      ok       denied  ok                ok      hidden  denied
            OFFICER_OTHER      hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            NSMCWG_MEMBER      hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            NSMCWG_SECRETARY   hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            FOCAL_PERSON       hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            ADMIN              hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            AUDITOR            ok      ok      ok      denied  denied      ok       denied  denied            denied  hidden  denied
            ANONYMOUS          unauth  unauth  unauth  unauth  unauth      unauth   unauth  unauth            unauth  unauth  unauth
            """,
            DraftStatus.SUBMITTED, """
                               LIST    COUNT   GET     CREATE  ADD_VERSION DOWNLOAD PUT_UP  RETURN_TO_DRAFTER SUBMIT  COMMITTEES_FOR_NEW_DRAFTS  RETURN_FOR_REVISION
            DRAFTER_OWN        ok      ok      ok      ok      conflict    ok       conflict denied           denied  ok  denied
            DRAFTER_OTHER      hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            OFFICER_OWN        ok      ok      ok      denied  denied      ok       denied  conflict          conflict hidden  denied
            OFFICER_OTHER      hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            NSMCWG_MEMBER      ok      ok      ok      denied  denied      ok       denied  denied            denied  hidden  denied
            NSMCWG_SECRETARY   ok      ok      ok      denied  denied      ok       denied  denied            denied  hidden  ok
            FOCAL_PERSON       ok      ok      ok      denied  denied      ok       denied  denied            denied  hidden  denied
            ADMIN              hidden  hidden  hidden  denied  hidden      hidden   hidden  hidden            hidden  hidden  hidden
            AUDITOR            ok      ok      ok      denied  denied      ok       denied  denied            denied  hidden  denied
            ANONYMOUS          unauth  unauth  unauth  unauth  unauth      unauth   unauth  unauth            unauth  unauth  unauth
            """);
    // @formatter:on

    private final Map<Who, MashwaraUser> users = new EnumMap<>(Who.class);
    /** One draft per state for the actions that change nothing; the others get a fresh draft per case. */
    private final Map<DraftStatus, CreatedDraft> sharedDrafts = new EnumMap<>(DraftStatus.class);
    private final Map<Long, String> titles = new ConcurrentHashMap<>();
    private MashwaraUser auditor;

    @BeforeAll
    void createUsersAndDrafts() {
        users.put(Who.DRAFTER_OWN, fixtures.user("PTA", Role.COMMITTEE_DRAFTER));
        users.put(Who.DRAFTER_OTHER, fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER));
        users.put(Who.OFFICER_OWN, fixtures.user("PTA", Role.COMMITTEE_OFFICER));
        users.put(Who.OFFICER_OTHER, fixtures.user("PEMRA", Role.COMMITTEE_OFFICER));
        users.put(Who.NSMCWG_MEMBER, fixtures.user("NSMCWG", Role.NSMCWG_MEMBER));
        users.put(Who.NSMCWG_SECRETARY, fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY));
        users.put(Who.FOCAL_PERSON, fixtures.focalPerson());
        users.put(Who.ADMIN, fixtures.user(null, Role.ADMIN));
        users.put(Who.AUDITOR, fixtures.user(null, Role.AUDITOR));
        auditor = users.get(Who.AUDITOR);
        for (var status : MATRIX.keySet()) {
            sharedDrafts.put(status, draftIn(status));
        }
    }

    static Stream<Arguments> matrix() {
        var cases = new ArrayList<Arguments>();
        MATRIX.forEach((status, table) -> {
            var lines = table.strip().lines().map(String::strip).toList();
            var actions = Arrays.stream(lines.getFirst().split("\\s+")).map(Action::valueOf).toList();
            for (var line : lines.subList(1, lines.size())) {
                var cells = line.split("\\s+");
                var who = Who.valueOf(cells[0]);
                for (int i = 0; i < actions.size(); i++) {
                    cases.add(Arguments.of(status, who, actions.get(i), outcome(cells[i + 1])));
                }
            }
        });
        cases.sort(Comparator.comparing((Arguments a) -> (DraftStatus) a.get()[0])
                .thenComparing(a -> (Who) a.get()[1]).thenComparing(a -> (Action) a.get()[2]));
        return cases.stream();
    }

    private static Outcome outcome(String cell) {
        return switch (cell) {
            case "ok" -> Outcome.OK;
            case "hidden" -> Outcome.HIDDEN;
            case "denied" -> Outcome.DENIED;
            case "conflict" -> Outcome.CONFLICT;
            case "unauth" -> Outcome.UNAUTHENTICATED;
            default -> throw new IllegalArgumentException("Unknown outcome in the matrix: " + cell);
        };
    }

    @Test
    void the_matrix_covers_every_action_for_every_kind_of_user_in_every_state() {
        assertThat(matrix()).hasSize(MATRIX.size() * Who.values().length * Action.values().length);
    }

    @ParameterizedTest(name = "{0} draft: {1} {2} → {3}")
    @MethodSource("matrix")
    void who_may_do_what_with_a_draft(DraftStatus status, Who who, Action action, Outcome expected) {
        var draft = action.changesTheDraft() ? draftIn(status) : sharedDrafts.get(status);
        var before = asAuditor(() -> drafts.get(draft.id()));
        var filesBefore = StoredFiles.count(store.root());

        var thrown = catchThrowable(() -> assertAllowed(action, who, draft, before, expected));

        switch (expected) {
            case OK -> assertThat(thrown).isNull();
            case HIDDEN -> {
                if (isQuery(action)) {
                    assertThat(thrown).isNull();
                } else {
                    assertThat(thrown).isInstanceOf(NotFoundException.class)
                            .message().doesNotContain(before.title());
                }
            }
            case DENIED -> assertThat(thrown).isInstanceOf(AccessDeniedException.class);
            case CONFLICT -> assertThat(thrown).isInstanceOf(ConflictException.class);
            case UNAUTHENTICATED -> assertThat(thrown).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        }
        if (expected != Outcome.OK && action.changesTheDraft()) {
            var after = asAuditor(() -> drafts.get(draft.id()));
            assertThat(after.version()).as("optimistic-lock version").isEqualTo(before.version());
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.versions()).hasSameSizeAs(before.versions());
        }
        if (expected != Outcome.OK && (action == Action.CREATE || action == Action.ADD_VERSION)) {
            assertThat(StoredFiles.count(store.root())).as("files in the store").isEqualTo(filesBefore);
        }
    }

    /** Performs the action and, when it is allowed, checks that it did what it says. */
    private void assertAllowed(Action action, Who who, CreatedDraft draft, DraftDetails before, Outcome expected) {
        var id = draft.id();
        var title = titles.get(id);
        var byTitle = new DraftFilter(null, null, null, title);
        switch (action) {
            case LIST -> assertThat(run(who, () -> drafts.list(byTitle, Pageable.ofSize(20))).map(DraftSummary::id)
                    .toList()).is(containsIf(expected == Outcome.OK, id));
            case COUNT -> assertThat(run(who, () -> drafts.count(byTitle))).isEqualTo(expected == Outcome.OK ? 1 : 0);
            case GET -> assertThat(run(who, () -> drafts.get(id)).title()).isEqualTo(title);
            case CREATE -> {
                var newTitle = unique("Matrix create");
                var created = run(who, () -> drafts.create(new NewDraft(newTitle, fixtures.committee("PTA"),
                        DraftKind.POLICY, "Rules of Business 1973", false, Classification.UNCLASSIFIED), "new.pdf",
                        new ByteArrayInputStream(Fixtures.uniquePdf(newTitle))));
                assertThat(asAuditor(() -> drafts.get(created.id())).title()).isEqualTo(newTitle);
            }
            case ADD_VERSION -> {
                var added = run(who, () -> drafts.addVersion(id, "v2.pdf",
                        new ByteArrayInputStream(Fixtures.uniquePdf(unique("Matrix version")))));
                assertThat(added.version()).isEqualTo(before.versions().size() + 1);
            }
            case DOWNLOAD -> {
                var download = run(who, () -> drafts.download(id, 1));
                assertThat(sha256(download)).isEqualTo(draft.sha256()).isEqualTo(download.sha256());
            }
            case PUT_UP -> assertThat(run(who, () -> routing.act(id, "put-up", before.version(), null)).status())
                    .isEqualTo(DraftStatus.COMMITTEE_APPROVAL);
            case RETURN_TO_DRAFTER -> assertThat(run(who, () -> routing.act(id, "return-to-drafter", before.version(),
                    "Cite the enabling section")).statusNote()).isEqualTo("Cite the enabling section");
            case SUBMIT -> assertThat(run(who, () -> routing.act(id, "submit", before.version(), null)).diaryNumber())
                    .matches("NSMCWG/\\d{4}/\\d{4,}");
            case RETURN_FOR_REVISION -> assertThat(run(who, () -> routing.act(id, "return-for-revision", before.version(),
                    "Align with the parent Act")).status()).isEqualTo(DraftStatus.RETURNED_FOR_REVISION);
            case COMMITTEES_FOR_NEW_DRAFTS -> assertThat(run(who, () -> drafts.committeesForNewDrafts())
                    .stream().map(CommitteeInfo::id).toList())
                    .is(containsIf(expected == Outcome.OK, fixtures.committee("PTA")));
        }
    }

    @Test
    void only_drafters_may_create_and_only_for_their_own_committee() {
        assertThat(as(users.get(Who.DRAFTER_OTHER), () -> drafts.committeesForNewDrafts()))
                .extracting(CommitteeInfo::code).containsExactly("PEMRA");
        for (var who : List.of(Who.OFFICER_OWN, Who.NSMCWG_MEMBER, Who.FOCAL_PERSON, Who.ADMIN, Who.AUDITOR)) {
            assertThat(as(users.get(who), () -> drafts.committeesForNewDrafts())).as(who.name()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Action.class)
    void an_anonymous_web_visitor_is_refused_every_action(Action action) {
        var draft = sharedDrafts.get(DraftStatus.SUBMITTED);

        assertThatThrownBy(() -> Fixtures.asAnonymousVisitor(() -> {
            perform(action, draft.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void of_two_officers_submitting_with_the_same_version_exactly_one_wins_and_the_other_is_told_of_the_conflict() {
        var drafter = users.get(Who.DRAFTER_OWN);
        var first = users.get(Who.OFFICER_OWN);
        var second = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var draft = fixtures.draftAwaitingApproval(drafter, unique("Conflict"));
        var seenByBoth = as(first, () -> drafts.get(draft.id())).version();

        var submitted = as(first, () -> routing.act(draft.id(), "submit", seenByBoth, null));

        assertThatThrownBy(() -> as(second, () -> routing.act(draft.id(), "submit", seenByBoth, null)))
                .isInstanceOf(ConflictException.class).hasMessageContaining(first.displayName() + " acted on this draft")
                .hasMessageContaining("Approve and submit").hasMessageContaining("Your action was not taken");
        assertThatThrownBy(() -> as(second, () -> routing.act(draft.id(), "return-to-drafter", seenByBoth, "Too late")))
                .isInstanceOf(ConflictException.class);
        var now = asAuditor(() -> drafts.get(draft.id()));
        assertThat(now.diaryNumber()).isEqualTo(submitted.diaryNumber());
        assertThat(now.status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(now.version()).isEqualTo(submitted.version());
    }

    @Test
    void of_two_officers_submitting_at_the_same_moment_exactly_one_wins() throws Exception {
        var drafter = users.get(Who.DRAFTER_OWN);
        var officers = List.of(users.get(Who.OFFICER_OWN), fixtures.user("PTA", Role.COMMITTEE_OFFICER));
        var draft = fixtures.draftAwaitingApproval(drafter, unique("Race"));
        var version = asAuditor(() -> drafts.get(draft.id())).version();

        var results = simultaneously(officers.stream()
                .map(officer -> (Callable<DraftDetails>) () -> as(officer, () -> routing.act(draft.id(), "submit", version, null)))
                .toList());

        var winners = results.stream().filter(r -> r.value() != null).toList();
        var losers = results.stream().filter(r -> r.failure() != null).toList();
        assertThat(winners).hasSize(1);
        // Told plainly either way: a stale version is a ConflictException, a lost race at commit an optimistic
        // locking failure; the UI and the API turn both into "someone else acted first"
        assertThat(losers).singleElement().extracting(Result::failure)
                .isInstanceOfAny(ConflictException.class, ObjectOptimisticLockingFailureException.class);
        assertThat(asAuditor(() -> drafts.get(draft.id())).diaryNumber())
                .isEqualTo(winners.getFirst().value().diaryNumber());
    }

    @Test
    void uploads_to_one_draft_at_the_same_moment_are_all_kept_under_numbers_of_their_own() throws Exception {
        var drafter = users.get(Who.DRAFTER_OWN);
        var second = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var draft = fixtures.draft(drafter, unique("Simultaneous uploads"));
        var uploaders = List.of(drafter, second, drafter, second, drafter, second);
        var files = new ArrayList<byte[]>();
        for (int i = 0; i < uploaders.size(); i++) {
            files.add(Fixtures.uniquePdf("Simultaneous version " + i));
        }

        var results = simultaneously(java.util.stream.IntStream.range(0, uploaders.size())
                .mapToObj(i -> (Callable<CreatedDraft>) () -> as(uploaders.get(i), () -> drafts.addVersion(draft.id(),
                        "version-" + i + ".pdf", new ByteArrayInputStream(files.get(i)))))
                .toList());

        assertThat(results).allSatisfy(r -> assertThat(r.failure()).isNull());
        var numbers = results.stream().map(r -> r.value().version()).sorted().toList();
        assertThat(numbers).containsExactly(2, 3, 4, 5, 6, 7);
        var stored = asAuditor(() -> drafts.get(draft.id())).versions();
        assertThat(stored).hasSize(7);
        for (var r : results) {
            var version = stored.stream().filter(v -> v.number() == r.value().version()).findFirst().orElseThrow();
            assertThat(version.sha256()).isEqualTo(r.value().sha256());
        }
    }

    @Test
    void diary_numbers_are_unique_and_consecutive_under_concurrent_submissions() throws Exception {
        var drafter = users.get(Who.DRAFTER_OWN);
        var officer = users.get(Who.OFFICER_OWN);
        var waiting = new ArrayList<DraftDetails>();
        for (int i = 0; i < 8; i++) {
            var created = fixtures.draftAwaitingApproval(drafter, unique("Diary " + i));
            waiting.add(asAuditor(() -> drafts.get(created.id())));
        }

        var results = simultaneously(waiting.stream()
                .map(d -> (Callable<DraftDetails>) () -> as(officer, () -> routing.act(d.id(), "submit", d.version(), null)))
                .toList());

        assertThat(results).allSatisfy(r -> assertThat(r.failure()).isNull());
        var numbers = results.stream().map(r -> r.value().diaryNumber()).toList();
        assertThat(numbers).doesNotHaveDuplicates().allMatch(n -> n.matches("NSMCWG/\\d{4}/\\d{4,}"));
        assertThat(numbers.stream().map(n -> n.substring(0, n.lastIndexOf('/'))).distinct()).hasSize(1);
        var sequence = numbers.stream().mapToInt(n -> Integer.parseInt(n.substring(n.lastIndexOf('/') + 1))).sorted()
                .toArray();
        for (int i = 1; i < sequence.length; i++) {
            assertThat(sequence[i]).as("diary numbers %s", numbers).isEqualTo(sequence[i - 1] + 1);
        }
    }

    @Test
    void a_refused_upload_leaves_no_draft_and_no_file() {
        var drafter = users.get(Who.DRAFTER_OWN);
        var title = unique("Refused zip");
        var filesBefore = StoredFiles.count(store.root());

        assertThatThrownBy(() -> as(drafter, () -> drafts.create(new NewDraft(title, drafter.committeeId(),
                DraftKind.POLICY, "Rules of Business 1973", false, Classification.UNCLASSIFIED), "rules.docx",
                new ByteArrayInputStream(TestFiles.zipNamedLikeDocx()))))
                .isInstanceOfSatisfying(RefusedFileException.class,
                        e -> assertThat(e.reason()).isEqualTo(RefusedFileException.Reason.TYPE_NOT_ALLOWED));

        assertThat(asAuditor(() -> drafts.count(new DraftFilter(null, null, null, title)))).isZero();
        assertThat(StoredFiles.count(store.root())).isEqualTo(filesBefore);
    }

    @Test
    void a_refused_version_leaves_the_draft_as_it_was_and_no_file() {
        var drafter = users.get(Who.DRAFTER_OWN);
        var draft = fixtures.draft(drafter, unique("Refused version"));
        var before = asAuditor(() -> drafts.get(draft.id()));
        var filesBefore = StoredFiles.count(store.root());

        assertThatThrownBy(() -> as(drafter, () -> drafts.addVersion(draft.id(), "empty.pdf",
                new ByteArrayInputStream(new byte[0])))).isInstanceOf(RefusedFileException.class);
        assertThatThrownBy(() -> as(drafter, () -> drafts.addVersion(draft.id(), "archive.docx",
                new ByteArrayInputStream(TestFiles.zipNamedLikeDocx())))).isInstanceOf(RefusedFileException.class);

        var after = asAuditor(() -> drafts.get(draft.id()));
        assertThat(after.versions()).isEqualTo(before.versions());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(StoredFiles.count(store.root())).isEqualTo(filesBefore);
    }

    @Test
    void a_version_for_a_draft_that_takes_none_is_refused_before_the_file_is_stored() {
        var drafter = users.get(Who.DRAFTER_OWN);
        var draft = fixtures.submittedDraft(drafter, users.get(Who.OFFICER_OWN), unique("Submitted"));
        var filesBefore = StoredFiles.count(store.root());

        assertThatThrownBy(() -> as(drafter, () -> drafts.addVersion(draft.id(), "late.pdf",
                new ByteArrayInputStream(Fixtures.uniquePdf(unique("Late version"))))))
                .isInstanceOf(ConflictException.class);

        assertThat(StoredFiles.count(store.root())).isEqualTo(filesBefore);
    }

    @Test
    void a_drafter_creates_a_draft_that_only_the_own_committee_sees_until_it_is_submitted() {
        var drafter = fixtures.user("PTA", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var outsider = fixtures.user("PEMRA", Role.COMMITTEE_DRAFTER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);

        var created = fixtures.draft(drafter, "Visibility test draft");

        assertThat(as(officer, () -> drafts.get(created.id())).title()).isEqualTo("Visibility test draft");
        assertThatThrownBy(() -> as(outsider, () -> drafts.get(created.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(member, () -> drafts.get(created.id()))).isInstanceOf(NotFoundException.class);
        assertThat(as(member, () -> drafts.list(DraftFilter.none(), Pageable.ofSize(500)).map(DraftSummary::id).toList()))
                .doesNotContain(created.id());

        var putUp = as(drafter, () -> routing.act(created.id(), "put-up", drafts.get(created.id()).version(), null));
        var submitted = as(officer, () -> routing.act(created.id(), "submit", putUp.version(), null));

        assertThat(submitted.status()).isEqualTo(DraftStatus.SUBMITTED);
        assertThat(submitted.diaryNumber()).matches("NSMCWG/\\d{4}/\\d{4}");
        assertThat(as(member, () -> drafts.get(created.id())).diaryNumber()).isEqualTo(submitted.diaryNumber());
        assertThatThrownBy(() -> as(outsider, () -> drafts.get(created.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_drafters_of_the_committee_upload_versions() {
        var drafter = fixtures.user("MOIT", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var created = fixtures.draft(drafter, "Version test draft");

        var second = as(drafter, () -> drafts.addVersion(created.id(), "v2.pdf",
                new ByteArrayInputStream(Fixtures.uniquePdf("v2"))));

        assertThat(second.version()).isEqualTo(2);
        assertThatThrownBy(() -> as(officer, () -> drafts.addVersion(created.id(), "v3.pdf",
                new ByteArrayInputStream(Fixtures.uniquePdf("v3"))))).isInstanceOf(AccessDeniedException.class);
        assertThat(as(officer, () -> drafts.get(created.id())).versions()).extracting(VersionInfo::number)
                .containsExactly(2, 1);
    }

    // --- helpers ---

    private CreatedDraft draftIn(DraftStatus status) {
        var drafter = users.get(Who.DRAFTER_OWN);
        var title = unique("Matrix " + status);
        var created = switch (status) {
            case DRAFT -> fixtures.draft(drafter, title);
            case COMMITTEE_APPROVAL -> fixtures.draftAwaitingApproval(drafter, title);
            case SUBMITTED -> fixtures.submittedDraft(drafter, users.get(Who.OFFICER_OWN), title);
            default -> throw new IllegalArgumentException(status.name());
        };
        titles.put(created.id(), title);
        return created;
    }

    private Object perform(Action action, long id) {
        return switch (action) {
            case LIST -> drafts.list(DraftFilter.none(), Pageable.ofSize(5));
            case COUNT -> drafts.count(DraftFilter.none());
            case GET -> drafts.get(id);
            case CREATE -> drafts.create(new NewDraft("Anonymous", fixtures.committee("PTA"), DraftKind.POLICY, "Basis",
                    false, Classification.UNCLASSIFIED), "a.pdf", new ByteArrayInputStream(Fixtures.uniquePdf("a")));
            case ADD_VERSION -> drafts.addVersion(id, "a.pdf", new ByteArrayInputStream(Fixtures.uniquePdf("a")));
            case DOWNLOAD -> drafts.download(id, 1);
            case PUT_UP -> routing.act(id, "put-up", 0, null);
            case RETURN_TO_DRAFTER -> routing.act(id, "return-to-drafter", 0, "Reason");
            case SUBMIT -> routing.act(id, "submit", 0, null);
            case COMMITTEES_FOR_NEW_DRAFTS -> drafts.committeesForNewDrafts();
            case RETURN_FOR_REVISION -> routing.act(id, "return-for-revision", 0, "Reason");
        };
    }

    private <T> T run(Who who, Supplier<T> action) {
        return who == Who.ANONYMOUS ? Fixtures.anonymously(action) : as(users.get(who), action);
    }

    private <T> T asAuditor(Supplier<T> action) {
        return as(auditor, action);
    }

    private static boolean isQuery(Action action) {
        return action == Action.LIST || action == Action.COUNT || action == Action.COMMITTEES_FOR_NEW_DRAFTS;
    }

    private static Condition<List<? extends Long>> containsIf(boolean expected, long id) {
        return new Condition<>(ids -> ids.contains(id) == expected,
                (expected ? "containing " : "not containing ") + id);
    }

    private static String sha256(FileDownload download) {
        try (var in = download.open()) {
            return TestFiles.sha256(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Result<T>(T value, Throwable failure) {
    }

    /** Runs the tasks on their own threads, released at the same instant, and collects what each produced. */
    private static <T> List<Result<T>> simultaneously(List<Callable<T>> tasks) throws InterruptedException {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(tasks.size())) {
            var futures = new ArrayList<Future<T>>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<Result<T>>();
            for (var future : futures) {
                try {
                    results.add(new Result<>(future.get(60, TimeUnit.SECONDS), null));
                } catch (ExecutionException e) {
                    results.add(new Result<>(null, e.getCause()));
                } catch (TimeoutException e) {
                    throw new AssertionError("A submission did not finish within a minute", e);
                }
            }
            return results;
        }
    }
}
