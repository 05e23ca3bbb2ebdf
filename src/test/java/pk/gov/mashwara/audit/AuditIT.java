package pk.gov.mashwara.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.Fixtures.as;
import static pk.gov.mashwara.support.Fixtures.unique;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.RefusedFileException;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.FormLogIn;
import pk.gov.mashwara.support.TestFiles;
import pk.gov.mashwara.support.WebIntegrationTest;

@WebIntegrationTest
class AuditIT {

    /** Draft events are written after commit, on another thread. */
    private static final Duration WRITTEN_WITHIN = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    AuditLog auditLog;

    @Autowired
    DraftService drafts;

    @Autowired

    pk.gov.mashwara.routing.RoutingService routing;

    @Autowired
    Fixtures fixtures;

    private ApiClient http;
    private MashwaraUser auditor;

    @BeforeEach
    void setUp() {
        http = new ApiClient(port);
        auditor = fixtures.user(null, Role.AUDITOR);
    }

    @Test
    void creating_uploading_downloading_and_submitting_a_draft_are_each_recorded_once() throws IOException {
        var drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var created = fixtures.draft(drafter, unique("Audited draft"));
        as(drafter, () -> drafts.addVersion(created.id(), "second.pdf",
                new ByteArrayInputStream(Fixtures.uniquePdf("second"))));
        try (var in = as(officer, () -> drafts.download(created.id(), 2)).open()) {
            in.readAllBytes();
        }
        var putUp = as(drafter, () -> routing.act(created.id(), "put-up", drafts.get(created.id()).version(), null));
        as(officer, () -> routing.act(created.id(), "submit", putUp.version(), null));

        var target = Long.toString(created.id());
        await().atMost(WRITTEN_WITHIN).untilAsserted(() -> assertThat(entriesFor(target))
                .extracting(AuditRecord::action, AuditRecord::actor, AuditRecord::targetType, AuditRecord::outcome)
                .containsExactlyInAnyOrder(
                        tuple(AuditAction.DRAFT_CREATED, drafter.getUsername(), "DRAFT", AuditOutcome.SUCCESS),
                        tuple(AuditAction.VERSION_UPLOADED, drafter.getUsername(), "DRAFT", AuditOutcome.SUCCESS),
                        tuple(AuditAction.VERSION_UPLOADED, drafter.getUsername(), "DRAFT", AuditOutcome.SUCCESS),
                        tuple(AuditAction.VERSION_DOWNLOADED, officer.getUsername(), "DRAFT", AuditOutcome.SUCCESS),
                        tuple(AuditAction.ROUTING_ACTION, drafter.getUsername(), "DRAFT", AuditOutcome.SUCCESS),
                        tuple(AuditAction.ROUTING_ACTION, officer.getUsername(), "DRAFT", AuditOutcome.SUCCESS)));

        var entries = entriesFor(target);
        assertThat(entries).allSatisfy(entry -> assertThat(entry.targetId()).isEqualTo(target));
        assertThat(entries).filteredOn(e -> e.action() == AuditAction.VERSION_UPLOADED).extracting(AuditRecord::detail)
                .anySatisfy(detail -> assertThat(detail).contains("version 1", "application/pdf", created.sha256()))
                .anySatisfy(detail -> assertThat(detail).contains("version 2", "second.pdf"));
        assertThat(entries).filteredOn(e -> e.action() == AuditAction.VERSION_DOWNLOADED).extracting(AuditRecord::detail)
                .containsExactly("version 2");
        // one entry per routing action, with from, to and who: the move is not audited a second time
        assertThat(entries).noneMatch(e -> e.action() == AuditAction.STATUS_CHANGED);
        assertThat(entries).filteredOn(e -> e.action() == AuditAction.ROUTING_ACTION).extracting(AuditRecord::detail)
                .containsExactlyInAnyOrder("put-up: DRAFT → COMMITTEE_APPROVAL", "submit: COMMITTEE_APPROVAL → SUBMITTED");
    }

    @Test
    void an_upload_that_was_refused_and_rolled_back_is_not_recorded_as_created() {
        var drafter = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        assertThatThrownBy(() -> as(drafter, () -> drafts.create(new NewDraft(unique("Refused"), drafter.committeeId(),
                DraftKind.POLICY, "Rules of Business 1973", false, Classification.UNCLASSIFIED), "a.docx",
                new ByteArrayInputStream(TestFiles.zipNamedLikeDocx())))).isInstanceOf(RefusedFileException.class);

        var kept = fixtures.draft(drafter, unique("Kept"));

        await().atMost(WRITTEN_WITHIN).until(() -> !entriesFor(Long.toString(kept.id())).isEmpty());
        assertThat(find(new AuditQuery(drafter.getUsername(), AuditAction.DRAFT_CREATED, null, null, null, null)))
                .extracting(AuditRecord::targetId).containsExactly(Long.toString(kept.id()));
    }

    @Test
    void a_failed_and_a_successful_log_in_on_the_log_in_page_are_recorded() {
        var user = fixtures.user("LAW", Role.COMMITTEE_DRAFTER);

        var failed = new FormLogIn(port).post(user.getUsername(), "wrong-password");
        var succeeded = new FormLogIn(port).post(user.getUsername(), Fixtures.PASSWORD);

        assertThat(failed.statusCode()).isEqualTo(302);
        assertThat(FormLogIn.location(failed)).contains("/login?error");
        assertThat(succeeded.statusCode()).isEqualTo(302);
        assertThat(FormLogIn.location(succeeded)).doesNotContain("error");
        assertThat(find(new AuditQuery(user.getUsername(), null, "USER", null, null, null)))
                .extracting(AuditRecord::action, AuditRecord::outcome, AuditRecord::targetId)
                .containsExactlyInAnyOrder(
                        tuple(AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE, user.getUsername()),
                        tuple(AuditAction.LOGIN, AuditOutcome.SUCCESS, user.getUsername()));
    }

    @Test
    void a_failed_api_log_in_is_recorded_but_each_successful_api_call_is_not_a_log_in() {
        var user = fixtures.user("LAW", Role.COMMITTEE_OFFICER);

        assertThat(http.get("/api/drafts", new ApiClient.Credentials(user.getUsername(), "wrong-password")).status())
                .isEqualTo(401);
        assertThat(http.get("/api/drafts", ApiClient.as(user.getUsername())).status()).isEqualTo(200);

        assertThat(find(new AuditQuery(user.getUsername(), null, "USER", null, null, null)))
                .extracting(AuditRecord::action, AuditRecord::detail)
                .containsExactly(tuple(AuditAction.LOGIN_FAILED, "bad credentials"));
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_waits_and_the_throttle_is_recorded_once() {
        var user = fixtures.user("CABINET", Role.COMMITTEE_DRAFTER);
        var wrong = new ApiClient.Credentials(user.getUsername(), "wrong-password");
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/api/drafts", wrong).status()).isEqualTo(401);
        }

        var right = http.get("/api/drafts", ApiClient.as(user.getUsername()));
        var rightOnTheLogInPage = new FormLogIn(port).post(user.getUsername(), Fixtures.PASSWORD);

        // not a lock and not a wrong password: a wait, said as such (the tests' first wait is a minute)
        assertThat(right.status()).isEqualTo(429);
        assertThat(right.<String>json("$.error")).isEqualTo("too_many_attempts");
        assertThat(Integer.parseInt(right.header("Retry-After"))).isBetween(1, 60);
        assertThat(FormLogIn.location(rightOnTheLogInPage)).contains("/login?error");
        var failures = find(new AuditQuery(user.getUsername(), AuditAction.LOGIN_FAILED, null, null, null, null));
        assertThat(failures).hasSize(5).extracting(AuditRecord::detail).containsOnly("bad credentials");
        assertThat(find(new AuditQuery(null, null, "USER", user.getUsername(), null, null)))
                .extracting(AuditRecord::action).filteredOn(a -> a != AuditAction.LOGIN_FAILED)
                .containsExactlyInAnyOrder(AuditAction.LOGIN_THROTTLED, AuditAction.LOGIN_REFUSED_THROTTLED);
        assertThat(find(new AuditQuery(user.getUsername(), AuditAction.LOGIN, null, null, null, null))).isEmpty();
        // Another user is not affected
        var other = fixtures.user("CABINET", Role.COMMITTEE_DRAFTER);
        assertThat(http.get("/api/drafts", ApiClient.as(other.getUsername())).status()).isEqualTo(200);
    }

    @Test
    void four_wrong_passwords_do_not_slow_the_name_down() {
        var user = fixtures.user("CABINET", Role.COMMITTEE_OFFICER);
        var wrong = new ApiClient.Credentials(user.getUsername(), "wrong-password");
        for (int i = 0; i < 4; i++) {
            assertThat(http.get("/api/drafts", wrong).status()).isEqualTo(401);
        }

        assertThat(http.get("/api/drafts", ApiClient.as(user.getUsername())).status()).isEqualTo(200);
        assertThat(find(new AuditQuery(user.getUsername(), AuditAction.LOGIN_FAILED, null, null, null, null)))
                .hasSize(4).extracting(AuditRecord::detail).containsOnly("bad credentials");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = { "AUDITOR", "ADMIN" }, mode = EnumSource.Mode.EXCLUDE)
    void the_audit_log_is_closed_to_everyone_but_auditors_and_administrators(Role role) {
        var user = switch (role) {
            case COMMITTEE_DRAFTER, COMMITTEE_OFFICER -> fixtures.user("MOIT", role);
            case FOCAL_PERSON -> fixtures.focalPerson();
            case SPOKESPERSON -> fixtures.namedUser("test.spokesperson", "NSMCWG", role);
            default -> fixtures.user("NSMCWG", role);
        };

        assertThatThrownBy(() -> as(user, () -> auditLog.find(AuditQuery.all(), 0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(user, () -> auditLog.count(AuditQuery.all())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void auditors_and_administrators_read_the_audit_log_and_nobody_anonymous_does() {
        var user = fixtures.user("LAW", Role.COMMITTEE_DRAFTER);
        http.get("/api/drafts", new ApiClient.Credentials(user.getUsername(), "wrong-password"));
        var query = new AuditQuery(user.getUsername(), null, null, null, null, null);

        assertThat(as(auditor, () -> auditLog.find(query, 0, 10))).hasSize(1);
        assertThat(as(fixtures.user(null, Role.ADMIN), () -> auditLog.count(query))).isEqualTo(1);
        assertThatThrownBy(() -> Fixtures.anonymously(() -> auditLog.find(query, 0, 10)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private List<AuditRecord> entriesFor(String draftId) {
        return find(new AuditQuery(null, null, "DRAFT", draftId, null, null));
    }

    private List<AuditRecord> find(AuditQuery query) {
        return as(auditor, () -> auditLog.find(query, 0, 100));
    }
}
