package pk.gov.mashwara.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;

/**
 * Every API endpoint Spring MVC knows × every role and the anonymous caller, against another committee's
 * unsubmitted draft. The endpoints are read from the handler mapping at test time, so an endpoint added without
 * a row in {@link #table()} fails {@link #every_endpoint_has_a_rule()}.
 * <p>
 * The draft belongs to MoIB and is still with its committee: its file, text, versions, comments (an internal
 * note among them), record, routing and actions must be "not found" for everyone outside MoIB but the
 * auditor, who reads everything and changes nothing. Requests that may change something run for the owning
 * committee on a draft of their own ({@link World}), so that each starts from the same state.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAuthorizationMatrixIT {

    /** Who calls: the anonymous visitor, the draft's own committee, and every role from outside it. */
    enum Caller {
        ANONYMOUS(null, null),
        OWN_DRAFTER("MOIB", Role.COMMITTEE_DRAFTER),
        OWN_OFFICER("MOIB", Role.COMMITTEE_OFFICER),
        OTHER_DRAFTER("PTA", Role.COMMITTEE_DRAFTER),
        OTHER_OFFICER("PTA", Role.COMMITTEE_OFFICER),
        NSMCWG_MEMBER("NSMCWG", Role.NSMCWG_MEMBER),
        NSMCWG_SECRETARY("NSMCWG", Role.NSMCWG_SECRETARY),
        FOCAL_PERSON("NSMCWG", Role.FOCAL_PERSON),
        ADMIN(null, Role.ADMIN),
        AUDITOR(null, Role.AUDITOR),
        PMO_MONITOR("PMO", Role.PMO_MONITOR);

        final String committee;
        final Role role;

        Caller(String committee, Role role) {
            this.committee = committee;
            this.role = role;
        }

        boolean ownCommittee() {
            return this == OWN_DRAFTER || this == OWN_OFFICER;
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DraftService drafts;
    @Autowired
    ThreadActions threads;
    @Autowired
    ReviewService review;
    @Autowired
    NotificationService notifications;
    @Autowired
    pk.gov.mashwara.directions.LetterService letters;
    @Autowired
    pk.gov.mashwara.directions.ProgressService progress;
    @Autowired
    pk.gov.mashwara.directions.ProgressReports progressReports;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<Caller, MashwaraUser> users = new EnumMap<>(Caller.class);
    @Autowired
    pk.gov.mashwara.statement.StatementService statementService;
    @Autowired
    pk.gov.mashwara.directory.FocalPersonService focalPersons;
    private StatementWorld statementWorld;

    static final String STATEMENT = "{\"textEn\":\"Matrix statement\",\"occasion\":\"Matrix\",\"company\":\"Meta\","
            + "\"urgency\":\"ROUTINE\"}";

    StatementWorld statements() {
        if (statementWorld == null) {
            statementWorld = new StatementWorld();
        }
        return statementWorld;
    }

    /**
     * The statements and nominations the rows reach: a MoIB drafter's proposal, an issued statement, an open
     * nomination with no view yet; and fresh ones for the calls that change something.
     */
    final class StatementWorld {
        private final MashwaraUser speaker = fixtures.namedUser("test.spokesperson", "NSMCWG", Role.SPOKESPERSON);
        private final long proposal = propose(users.get(Caller.OWN_DRAFTER));
        private final long issued = issue();
        private final long nomination = freshNomination();

        long proposal() {
            return proposal;
        }

        long issued() {
            return issued;
        }

        long nomination() {
            return nomination;
        }

        private long propose(MashwaraUser by) {
            return pk.gov.mashwara.support.Fixtures.as(by, () -> statementService.propose(
                    new pk.gov.mashwara.statement.StatementForm("Matrix statement", null, "Matrix", "Meta",
                            pk.gov.mashwara.statement.Urgency.ROUTINE)));
        }

        private long issue() {
            var id = propose(users.get(Caller.OTHER_DRAFTER));
            var version = pk.gov.mashwara.support.Fixtures.as(speaker, () -> statementService.get(id)).version();
            pk.gov.mashwara.support.Fixtures.as(speaker, () -> statementService.issue(id,
                    new pk.gov.mashwara.statement.IssueForm(java.time.LocalDate.of(2026, 1, 5), java.time.LocalTime.NOON,
                            pk.gov.mashwara.statement.Channel.X_TWITTER, "Issued in the matrix", version)));
            return id;
        }

        /** A new proposal of the MoIB drafter with a view asked of the PTA: its path. */
        String viewOfPta() {
            var id = propose(users.get(Caller.OWN_DRAFTER));
            var view = pk.gov.mashwara.support.Fixtures.as(speaker, () -> statementService.askViews(id,
                    fixtures.committee("PTA"), null, "The PTA's view?"));
            return "/api/statements/" + id + "/views/" + view;
        }

        long freshNominee() {
            return fixtures.user("NSMCWG", Role.NSMCWG_MEMBER).id();
        }

        long freshNomination() {
            var nominee = freshNominee();
            return pk.gov.mashwara.support.Fixtures.as(fixtures.user("NSMCWG", Role.NSMCWG_MEMBER),
                    () -> focalPersons.nominate(nominee, "Matrix nomination"));
        }
    }

    /** The draft every caller outside MoIB tries to reach, and that nothing may change. */
    private World shared;
    /** An engagement MoIB is party to (owing a commitment in it), with a document. */
    private EngagementWorld engagement;
    @Autowired
    pk.gov.mashwara.engagement.EngagementService engagements;

    record EngagementWorld(long id, long documentId) {
    }

    /** Logged by the focal person with Google, MoIB party to it; a letter received. */
    private EngagementWorld engagementWorld() {
        var focal = users.get(Caller.FOCAL_PERSON);
        var logged = Fixtures.as(focal, () -> engagements.log(new pk.gov.mashwara.engagement.NewEngagement("Google",
                pk.gov.mashwara.engagement.EngagementKind.LETTER_RECEIVED, java.time.LocalDate.now().minusDays(2),
                "Matrix engagement", null, "The focal person", null, "A liaison office", null, null, "7",
                "No. 1(1)/AS-II/2021", List.of("MOIB"))));
        var doc = Fixtures.as(focal, () -> engagements.addDocument(logged.id(),
                pk.gov.mashwara.engagement.DocumentDirection.RECEIVED, "letter.txt",
                new java.io.ByteArrayInputStream("A letter from Google".getBytes(StandardCharsets.UTF_8))));
        return new EngagementWorld(logged.id(), doc.id());
    }

    /** A fresh commitment MoIB owes in the engagement, so that each caller allowed to follow it up finds it open. */
    private long freshCommitment() {
        return Fixtures.as(users.get(Caller.FOCAL_PERSON), () -> engagements.addCommitment(engagement.id(),
                new pk.gov.mashwara.engagement.NewCommitment("MOIB", "Brief the company", java.time.LocalDate.now())))
                .id();
    }

    /**
     * A letter of the PMO about social media, addressed to MoIB, whose one direction MoIB leads; MoIB's drafter has
     * recorded an entry with evidence (not shared) reporting it done. Made for the shared world and afresh for each
     * world of an allowed caller's changing call.
     */
    record MatrixLetter(long letterId, long directionId, long entryId, long evidenceId, long reportId) {
    }

    private MatrixLetter sharedLetter;
    private final Map<World, MatrixLetter> lettersOfWorlds = new java.util.HashMap<>();

    private MatrixLetter letter(World w) {
        if (w == shared && sharedLetter != null) {
            return sharedLetter;
        }
        return lettersOfWorlds.computeIfAbsent(w, world -> {
            var moib = fixtures.committee("MOIB");
            var reference = "No. " + UUID.randomUUID().toString().substring(0, 8) + "/AS-II/2026";
            var details = Fixtures.as(users.get(Caller.PMO_MONITOR), () -> letters.register(
                    new pk.gov.mashwara.directions.NewLetter(fixtures.committee("PMO"), reference,
                            java.time.LocalDate.now(java.time.ZoneId.of("Asia/Karachi")), "Matrix letter " + reference,
                            null, null, true, null, null, List.of(pk.gov.mashwara.directions.NewAddressee.body(moib, null)),
                            List.of(new pk.gov.mashwara.directions.NewDirection("1", "Share the drafts.", null,
                                    pk.gov.mashwara.directions.Timeline.uponEvent("formation of the matrix group"),
                                    "MoIB", false, moib, List.of(), List.of(), List.of()))), null));
            var directionId = details.directions().getFirst().id();
            var entry = Fixtures.as(users.get(Caller.OWN_DRAFTER), () -> progress.record(directionId,
                    new pk.gov.mashwara.directions.NewProgress(null, pk.gov.mashwara.directions.ProgressStatus.DONE,
                            "Shared.", null, 100, null, null, false, List.of(new pk.gov.mashwara.directions.EvidenceFile(
                                    "evidence.txt", () -> new java.io.ByteArrayInputStream(
                                            ("Evidence " + reference).getBytes(StandardCharsets.UTF_8)))))));
            var report = Fixtures.as(users.get(Caller.OWN_OFFICER), () -> progressReports.signOff(details.letter().id(),
                    null, null, "MATRIX/" + reference));
            return new MatrixLetter(details.letter().id(), directionId, entry.id(), entry.evidence().getFirst().id(),
                    report.id());
        });
    }

    /** A letter the MoIB officer has received (for forwarding it). */
    private long receivedLetter(World w) {
        var letter = letter(w);
        if (w != shared) {
            Fixtures.as(users.get(Caller.OWN_OFFICER), () -> letters.recordReceipt(letter.letterId(),
                    new pk.gov.mashwara.directions.NewReceipt("D-1", java.time.LocalDate.now(
                            java.time.ZoneId.of("Asia/Karachi")))));
        }
        return letter.letterId();
    }

    private static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Karachi")).toString();
    }

    /** One unsubmitted MoIB draft: two text versions, an internal note with a reply, a notification about it. */
    record World(long draftId, long threadId, long commentId, long notificationId, String word, String noteWord) {
    }

    record Call(String method, String path, String contentType, byte[] body) {

        static Call get(String path) {
            return new Call("GET", path, null, null);
        }

        static Call json(String method, String path, String json) {
            return new Call(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        static Call empty(String method, String path) {
            return new Call(method, path, null, null);
        }
    }

    record Reply(int status, String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /**
     * A rule for one endpoint: how to call it in a world, and the status each caller must get. {@code changes}:
     * the call may change the draft, so allowed callers get a world of their own.
     */
    record Rule(BiFunction<ApiAuthorizationMatrixIT, World, Call> call, Map<Caller, Integer> expected, boolean changes) {
    }

    @BeforeAll
    void createCallersAndTheHiddenDraft() {
        for (var caller : Caller.values()) {
            if (caller.role != null) {
                users.put(caller, caller.role == Role.FOCAL_PERSON ? fixtures.focalPerson()
                        : fixtures.user(caller.committee, caller.role));
            }
        }
        shared = world();
        sharedLetter = letter(shared);
        engagement = engagementWorld();
        // Before the many drafts of the tests fill the extraction queue: the hidden draft is searchable by its own.
        // On the database the whole suite shares, the queue may hold other tests' work first: the wait is long, and
        // if it still runs out, the failure says where the hidden draft's extraction stood.
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).conditionEvaluationListener(condition -> {
            if (condition.getRemainingTimeInMS() <= 0 || !condition.isSatisfied() && condition.getElapsedTimeInMS() > 240_000) {
                org.slf4j.LoggerFactory.getLogger(ApiAuthorizationMatrixIT.class).warn(
                        "Hidden draft {} not yet found; its extraction jobs: {}; pending jobs before it: {}", shared.draftId(),
                        jdbc.queryForList("SELECT version_number, status, lease_owner, claimed_at, finished_at "
                                + "FROM extraction_job WHERE draft_id = ?", shared.draftId()),
                        jdbc.queryForObject("SELECT COUNT(*) FROM extraction_job WHERE status IN ('PENDING', "
                                + "'EXTRACTING') AND draft_id < ?", Long.class, shared.draftId()));
            }
        }).untilAsserted(() -> {
            var found = send(Call.get("/api/search?q=" + shared.word), Caller.OWN_DRAFTER);
            assertThat(JsonPath.<Integer>read(found.text(), "$.total")).isEqualTo(1);
            var notes = send(Call.get("/api/search?q=" + shared.noteWord), Caller.OWN_DRAFTER);
            assertThat(JsonPath.<Integer>read(notes.text(), "$.comments.total")).isPositive();
        });
    }

    private World world() {
        var drafter = users.get(Caller.OWN_DRAFTER);
        var officer = users.get(Caller.OWN_OFFICER);
        var word = "zx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        var noteWord = "zn" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
        var created = fixtures.textDraft(drafter, Fixtures.unique("Matrix draft"),
                "The licensing of broadcasters under the " + word + " scheme.");
        fixtures.textVersion(drafter, created.id(), "The licensing of broadcasters under the revised " + word + " scheme.");
        var note = Fixtures.as(drafter, () -> threads.start(new NewThread(created.id(), 2, null,
                "Internal note: the " + noteWord + " clause needs the minister's view.", true)));
        Fixtures.as(officer, () -> threads.reply(note.id(), note.opening().id(), "Agreed, " + noteWord + "."));
        var notificationId = await().atMost(Duration.ofSeconds(20)).until(
                () -> Fixtures.as(drafter, () -> notifications.mine(false, 0, 50)).stream()
                        .filter(n -> n.draftId() == created.id()).findFirst(),
                java.util.Optional::isPresent).orElseThrow().id();
        return new World(created.id(), note.id(), note.opening().id(), notificationId, word, noteWord);
    }

    /** The rules. Paths are the handler mapping's patterns; {@code others(s)} is for every caller not named. */
    private Map<String, Rule> table() {
        var t = new LinkedHashMap<String, Rule>();
        var draftGet = Map.of(Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200, Caller.AUDITOR, 200);
        // Drafts
        t.put("GET /api/drafts", rule((s, w) -> Call.get("/api/drafts"), all(200), false));
        t.put("POST /api/drafts", rule((s, w) -> s.newDraftCall(), expect(403, Caller.OWN_DRAFTER, 201), true));
        t.put("GET /api/drafts/{id}", rule((s, w) -> Call.get("/api/drafts/" + w.draftId), expect(404, draftGet), false));
        t.put("POST /api/drafts/{id}/versions", rule((s, w) -> s.newVersionCall(w),
                expect(404, Caller.OWN_DRAFTER, 201, Caller.OWN_OFFICER, 403, Caller.AUDITOR, 403), true));
        t.put("GET /api/drafts/{id}/versions/{number}/file",
                rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/versions/1/file"), expect(404, draftGet), false));
        t.put("GET /api/drafts/{id}/versions/{number}",
                rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/versions/1"), expect(404, draftGet), false));
        t.put("GET /api/drafts/{id}/versions/{number}/text",
                rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/versions/1/text"), expect(404, draftGet), false));
        t.put("GET /api/drafts/{id}/compare",
                rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/compare?from=1&to=2"), expect(404, draftGet), false));
        t.put("GET /api/drafts/{id}/compare/rows",
                rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/compare/rows?from=1&to=2&start=0"),
                        expect(404, draftGet), false));
        t.put("GET /api/drafts/{id}/compare.docx",
                rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/compare.docx?from=1&to=2"), expect(404, draftGet), false));
        t.put("GET /api/drafts/{id}/compare.pdf",
                rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/compare.pdf?from=1&to=2"), expect(404, draftGet), false));
        // Comments matrices: exported to whoever sees the draft; a received one recorded by its committee
        t.put("GET /api/drafts/{id}/versions/{number}/matrix.xlsx", rule((s, w) -> Call.get("/api/drafts/" + w.draftId
                + "/versions/2/matrix.xlsx?all=true"), expect(404, draftGet), false));
        t.put("GET /api/drafts/{id}/versions/{number}/matrix.docx", rule((s, w) -> Call.get("/api/drafts/" + w.draftId
                + "/versions/2/matrix.docx"), expect(404, draftGet), false));
        t.put("POST /api/drafts/{id}/versions/{number}/matrix", rule((s, w) -> s.receivedMatrixCall(w),
                expect(404, Caller.OWN_DRAFTER, 201, Caller.OWN_OFFICER, 201, Caller.AUDITOR, 403), true));
        // Response templates (the MoIB library's, kept by its officer) and resolving several threads at once
        t.put("GET /api/response-templates", rule((s, w) -> Call.get("/api/response-templates"), all(200), false));
        t.put("POST /api/response-templates", rule((s, w) -> Call.json("POST", "/api/response-templates",
                "{\"title\":\"" + Fixtures.unique("Matrix template") + "\",\"body\":\"Noted, {commenter}.\"}"),
                expect(403, Caller.OWN_OFFICER, 201, Caller.OTHER_OFFICER, 201, Caller.NSMCWG_SECRETARY, 201), true));
        var ownTemplate = Map.of(Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200);
        t.put("GET /api/response-templates/{id}",
                rule((s, w) -> Call.get("/api/response-templates/" + s.moibTemplate()), expect(404, ownTemplate), false));
        t.put("GET /api/response-templates/{id}/filled", rule((s, w) -> Call.get("/api/response-templates/"
                + s.moibTemplate() + "/filled?thread=" + w.threadId), expect(404, ownTemplate), false));
        t.put("PUT /api/response-templates/{id}", rule((s, w) -> Call.json("PUT", "/api/response-templates/"
                + s.newMoibTemplate(), "{\"title\":\"" + Fixtures.unique("Matrix changed") + "\",\"body\":\"Accepted.\",\"version\":0}"),
                expect(404, Caller.OWN_OFFICER, 200, Caller.OWN_DRAFTER, 403), true));
        t.put("DELETE /api/response-templates/{id}", rule((s, w) -> Call.empty("DELETE", "/api/response-templates/"
                + s.newMoibTemplate() + "?version=0"), expect(404, Caller.OWN_OFFICER, 204, Caller.OWN_DRAFTER, 403), true));
        t.put("POST /api/drafts/{id}/threads/resolve", rule((s, w) -> Call.json("POST", "/api/drafts/" + w.draftId
                + "/threads/resolve", "{\"threads\":[{\"id\":" + w.threadId + "}],\"resolution\":\"NOTED\"}"),
                expect(404, Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200, Caller.AUDITOR, 403), true));
        t.put("GET /api/drafts/{id}/record.pdf",
                rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/record.pdf"), expect(404, draftGet), false));
        t.put("PUT /api/drafts/{id}/file-number", rule((s, w) -> Call.json("PUT",
                "/api/drafts/" + w.draftId + "/file-number", "{\"fileNumber\":\"F. No. 2(1)/2026-Pub.\"}"),
                expect(404, Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200, Caller.AUDITOR, 403), true));
        t.put("PUT /api/drafts/{id}/priority", rule((s, w) -> Call.json("PUT",
                "/api/drafts/" + w.draftId + "/priority", "{\"priority\":\"IMMEDIATE\",\"reason\":\"PMO asks\"}"),
                expect(404, Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200, Caller.AUDITOR, 403), true));
        t.put("POST /api/import", rule((s, w) -> s.importCall(), expect(403, Caller.OWN_DRAFTER, 200), true));
        // Review: the internal note is the committee's alone; the auditor reads the draft but not the note
        var note = Map.of(Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200);
        t.put("GET /api/drafts/{id}/versions/{number}/threads",
                rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/versions/2/threads"), expect(404, draftGet), false));
        t.put("POST /api/drafts/{id}/versions/{number}/threads", rule((s, w) -> Call.json("POST",
                "/api/drafts/" + w.draftId + "/versions/2/threads", "{\"body\":\"A note\",\"anchor\":null,\"internal\":true}"),
                expect(404, Caller.OWN_DRAFTER, 201, Caller.OWN_OFFICER, 201, Caller.AUDITOR, 403), true));
        t.put("GET /api/threads/{threadId}",
                rule((s, w) -> Call.get("/api/threads/" + w.threadId), expect(404, note), false));
        t.put("POST /api/threads/{threadId}/comments", rule((s, w) -> Call.json("POST",
                "/api/threads/" + w.threadId + "/comments", "{\"body\":\"A reply\"}"),
                expect(404, Caller.OWN_DRAFTER, 201, Caller.OWN_OFFICER, 201), true));
        t.put("PUT /api/threads/{threadId}/comments/{commentId}", rule((s, w) -> Call.json("PUT",
                "/api/threads/" + w.threadId + "/comments/" + w.commentId, "{\"body\":\"Edited note\"}"),
                expect(404, Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 403), true));
        // (the officer sees the note but did not write it)
        t.put("POST /api/threads/{threadId}/comments/{commentId}/retract", rule((s, w) -> Call.empty("POST",
                "/api/threads/" + w.threadId + "/comments/" + w.commentId + "/retract"),
                expect(404, Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 403), true));
        t.put("POST /api/threads/{threadId}/resolve", rule((s, w) -> Call.json("POST",
                "/api/threads/" + w.threadId + "/resolve", "{\"resolution\":\"NOTED\"}"),
                expect(404, Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200), true));
        t.put("POST /api/threads/{threadId}/reopen", rule((s, w) -> s.reopenCall(w),
                expect(404, Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200), true));
        t.put("PUT /api/threads/{threadId}/classification", rule((s, w) -> Call.json("PUT",
                "/api/threads/" + w.threadId + "/classification", "{\"severity\":\"MUST_CHANGE\"}"),
                expect(404, Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200), true));
        t.put("GET /api/review-categories", rule((s, w) -> Call.get("/api/review-categories"), all(200), false));
        t.put("GET /api/drafts/{id}/suggestions",
                rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/suggestions"), expect(404, draftGet), false));
        t.put("GET /api/drafts/{id}/review-window",
                rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/review-window"), expect(404, draftGet), false));
        t.put("PUT /api/drafts/{id}/review-window", rule((s, w) -> Call.json("PUT",
                "/api/drafts/" + w.draftId + "/review-window", "{\"deadline\":\"2099-01-01T00:00:00Z\"}"),
                expect(404, Caller.OWN_DRAFTER, 403, Caller.OWN_OFFICER, 403, Caller.AUDITOR, 403), true));
        // Routing
        t.put("GET /api/drafts/{id}/routing",
                rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/routing"), expect(404, draftGet), false));
        t.put("POST /api/drafts/{id}/actions/{action}", rule((s, w) -> s.putUpCall(w),
                expect(404, Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 403, Caller.AUDITOR, 403), true));
        // A consulted division's file: nobody finds one on a draft they may not see (nor on one without consultations:
        // who downloads a real one is checked by RoutingApiIT)
        t.put("GET /api/drafts/{id}/consultations/{consultationId}/attachment", rule((s, w) -> Call.get(
                "/api/drafts/" + w.draftId + "/consultations/1/attachment"), all(404), false));
        // The NSMCWG's input and its letter: nobody finds them on a draft they may not see, nor before clearance (who
        // gets them once cleared, and the NSMCWG before, is checked by InputApiIT)
        t.put("GET /api/drafts/{id}/input", rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/input"),
                all(404), false));
        t.put("GET /api/drafts/{id}/input.pdf", rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/input.pdf"),
                all(404), false));
        t.put("GET /api/drafts/{id}/input.docx", rule((s, w) -> Call.get("/api/drafts/" + w.draftId + "/input.docx"),
                all(404), false));
        // The summary for the Cabinet: nobody finds one on a draft they may not see, nor on one without a Cabinet step
        // (who gets a real one, and who is refused it, is checked by CabinetSummaryIT)
        t.put("GET /api/drafts/{id}/cabinet-summary.docx", rule((s, w) -> Call.get("/api/drafts/" + w.draftId
                + "/cabinet-summary.docx"), all(404), false));
        // The summary as lodged: nobody finds one on a draft they may not see, nor where none was lodged (who gets a
        // real one byte for byte, and who is refused it, is checked by RoutingApiIT)
        t.put("GET /api/drafts/{id}/cabinet-summary/lodged", rule((s, w) -> Call.get("/api/drafts/" + w.draftId
                + "/cabinet-summary/lodged"), all(404), false));
        // Data requests: a request to MoIB (the own committee), its answer not shareable; anyone outside MoIB and the
        // NSMCWG (and the auditor, who reads) is told it is not found. Acts run on a fresh request each.
        var nsmcwgReads = Map.of(Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200, Caller.NSMCWG_MEMBER, 200,
                Caller.NSMCWG_SECRETARY, 200, Caller.FOCAL_PERSON, 200, Caller.AUDITOR, 200);
        var outsiders = Map.of(Caller.OTHER_DRAFTER, 404, Caller.OTHER_OFFICER, 404, Caller.ADMIN, 404);
        t.put("POST /api/data-requests", rule((s, w) -> Call.json("POST", "/api/data-requests", s.dataRequestJson()),
                expect(403, Caller.NSMCWG_SECRETARY, 201, Caller.FOCAL_PERSON, 201), true));
        t.put("GET /api/data-requests", rule((s, w) -> Call.get("/api/data-requests"), all(200), false));
        t.put("GET /api/data-requests/pendency", rule((s, w) -> Call.get("/api/data-requests/pendency"), all(200), false));
        t.put("GET /api/data-requests/{id}", rule((s, w) -> Call.get("/api/data-requests/" + s.dataRequest()),
                expect(404, nsmcwgReads), false));
        t.put("POST /api/data-requests/{id}/bodies/{body}/acknowledge", rule((s, w) -> Call.empty("POST",
                "/api/data-requests/" + s.freshDataRequest(false) + "/bodies/MOIB/acknowledge"),
                bodyAct(403, Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200), true));
        t.put("POST /api/data-requests/{id}/bodies/{body}/clarifications", rule((s, w) -> Call.json("POST",
                "/api/data-requests/" + s.freshDataRequest(false) + "/bodies/MOIB/clarifications",
                "{\"text\":\"Which years?\"}"), bodyAct(403, Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200,
                        Caller.NSMCWG_SECRETARY, 200, Caller.FOCAL_PERSON, 200), true));
        t.put("POST /api/data-requests/{id}/bodies/{body}/delegate", rule((s, w) -> Call.json("POST",
                "/api/data-requests/" + s.freshDataRequest(false) + "/bodies/MOIB/delegate",
                "{\"username\":\"" + s.users.get(Caller.OWN_DRAFTER).getUsername() + "\"}"),
                bodyAct(403, Caller.OWN_OFFICER, 200), true));
        t.put("POST /api/data-requests/{id}/bodies/{body}/answers", rule((s, w) -> multipart("/api/data-requests/"
                + s.freshDataRequest(false) + "/bodies/MOIB/answers", List.of(field("text", "The figures."),
                        file("files", "figures.csv", "Year,Count\n2025,12\n"))),
                bodyAct(403, Caller.OWN_DRAFTER, 201, Caller.OWN_OFFICER, 201), true));
        t.put("POST /api/data-requests/{id}/bodies/{body}/partial-answers", rule((s, w) -> multipart(
                "/api/data-requests/" + s.freshDataRequest(false) + "/bodies/MOIB/partial-answers",
                List.of(field("text", "2025 now."), field("restDue", "2099-01-01"))),
                bodyAct(403, Caller.OWN_DRAFTER, 201, Caller.OWN_OFFICER, 201), true));
        t.put("POST /api/data-requests/{id}/bodies/{body}/decline", rule((s, w) -> Call.json("POST",
                "/api/data-requests/" + s.freshDataRequest(false) + "/bodies/MOIB/decline",
                "{\"reason\":\"The law forbids it.\"}"), bodyAct(403, Caller.OWN_OFFICER, 200), true));
        t.put("POST /api/data-requests/{id}/bodies/{body}/escalate", rule((s, w) -> Call.json("POST",
                "/api/data-requests/" + s.freshDataRequest(true) + "/bodies/MOIB/escalate",
                "{\"note\":\"Please share them.\"}"),
                bodyAct(403, Caller.NSMCWG_SECRETARY, 200, Caller.FOCAL_PERSON, 200), true));
        t.put("POST /api/data-requests/{id}/bodies/{body}/remind", rule((s, w) -> Call.empty("POST",
                "/api/data-requests/" + s.freshDataRequest(false) + "/bodies/MOIB/remind"),
                bodyAct(403, Caller.NSMCWG_SECRETARY, 200, Caller.FOCAL_PERSON, 200), true));
        t.put("GET /api/data-requests/{id}/files/{fileId}", rule((s, w) -> Call.get("/api/data-requests/"
                + s.dataRequest() + "/files/" + s.dataRequestFile), expect(404, nsmcwgReads), false));
        t.put("GET /api/data-requests/{id}/files/{fileId}/preview", rule((s, w) -> Call.get("/api/data-requests/"
                + s.dataRequest() + "/files/" + s.dataRequestFile + "/preview"), expect(404, nsmcwgReads), false));
        // Search: answered for everyone, hits and facets checked by the search test below
        t.put("GET /api/search", rule((s, w) -> Call.get("/api/search?q=" + w.word), all(200), false));
        // Audit
        t.put("GET /api/audit/verify", rule((s, w) -> Call.get("/api/audit/verify"),
                expect(403, Caller.AUDITOR, 200, Caller.ADMIN, 200), false));
        // Desk: one's own, for everyone signed in (which drafts are on it: DeskApiIT)
        t.put("GET /api/desk", rule((s, w) -> Call.get("/api/desk"), all(200), false));
        t.put("GET /api/calendar/working-days",
                rule((s, w) -> Call.get("/api/calendar/working-days?from=2026-12-24&days=3"), all(200), false));
        // Notifications: one's own; another's notification and a draft one may not see are not found
        t.put("GET /api/notifications", rule((s, w) -> Call.get("/api/notifications"), all(200), false));
        t.put("POST /api/notifications/{id}/read", rule((s, w) -> Call.empty("POST",
                "/api/notifications/" + w.notificationId + "/read"), expect(404, Caller.OWN_DRAFTER, 204), true));
        t.put("POST /api/notifications/read-all",
                rule((s, w) -> Call.empty("POST", "/api/notifications/read-all"), all(204), false));
        t.put("GET /api/notifications/preferences",
                rule((s, w) -> Call.get("/api/notifications/preferences"), all(200), false));
        t.put("PUT /api/notifications/preferences", rule((s, w) -> Call.json("PUT", "/api/notifications/preferences",
                "{\"byEmail\":[\"MENTION\"]}"), all(200), false));
        t.put("GET /api/notifications/follows", rule((s, w) -> Call.get("/api/notifications/follows"), all(200), false));
        t.put("PUT /api/notifications/follows/{draftId}", rule((s, w) -> Call.empty("PUT",
                "/api/notifications/follows/" + w.draftId), expect(404, draftGet(204)), true));
        // Not following a draft is the same for one that does not exist (see below): it tells nothing
        t.put("DELETE /api/notifications/follows/{draftId}", rule((s, w) -> Call.empty("DELETE",
                "/api/notifications/follows/" + w.draftId), all(204), false));
        // Directions: the PMO's letter about social media to MoIB, whose direction MoIB leads. The issuing office, the
        // NSMCWG's secretary and focal person (social media) and the auditor see it all; MoIB acts; nobody else finds it
        var letterSeen = Map.of(Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200, Caller.NSMCWG_SECRETARY, 200,
                Caller.FOCAL_PERSON, 200, Caller.AUDITOR, 200, Caller.PMO_MONITOR, 200);
        t.put("GET /api/letters", rule((s, w) -> Call.get("/api/letters"), all(200), false));
        t.put("POST /api/letters", rule((s, w) -> Call.json("POST", "/api/letters", "{\"issuingOffice\":\"PMO\","
                + "\"reference\":\"No. " + UUID.randomUUID().toString().substring(0, 8) + "/AS-II/2026\",\"date\":\""
                + today() + "\",\"subject\":\"Matrix\",\"addressees\":[{\"body\":\"MOIB\"}],\"directions\":["
                + "{\"label\":\"1\",\"text\":\"Act.\",\"timeline\":{\"kind\":\"IMMEDIATE\"},\"lead\":\"MOIB\"}]}"),
                expect(403, Caller.PMO_MONITOR, 201, Caller.NSMCWG_SECRETARY, 201), true));
        t.put("GET /api/letters/{id}", rule((s, w) -> Call.get("/api/letters/" + s.letter(w).letterId()),
                expect(404, letterSeen), false));
        t.put("GET /api/letters/{id}/file", rule((s, w) -> Call.get("/api/letters/" + s.letter(w).letterId() + "/file"),
                all(404), false));
        t.put("POST /api/letters/{id}/receipts", rule((s, w) -> Call.json("POST", "/api/letters/"
                + s.letter(w).letterId() + "/receipts", "{\"diaryNumber\":\"77\",\"receivedOn\":\"" + today() + "\"}"),
                expect(404, Caller.OWN_DRAFTER, 201, Caller.OWN_OFFICER, 201, Caller.NSMCWG_SECRETARY, 403,
                        Caller.FOCAL_PERSON, 403, Caller.AUDITOR, 403, Caller.PMO_MONITOR, 403), true));
        t.put("POST /api/letters/{id}/forward", rule((s, w) -> Call.json("POST", "/api/letters/" + s.receivedLetter(w)
                + "/forward", "{\"reference\":\"U.O. No. " + UUID.randomUUID().toString().substring(0, 8) + "\",\"date\":\""
                + today() + "\",\"addressees\":[{\"name\":\"Field office\"}]}"),
                expect(404, Caller.OWN_DRAFTER, 403, Caller.OWN_OFFICER, 201, Caller.NSMCWG_SECRETARY, 403,
                        Caller.FOCAL_PERSON, 403, Caller.AUDITOR, 403, Caller.PMO_MONITOR, 403), true));
        t.put("POST /api/letters/{id}/events", rule((s, w) -> Call.json("POST", "/api/letters/" + s.letter(w).letterId()
                + "/events", "{\"name\":\"formation of the matrix group\",\"occurredOn\":\"" + today() + "\"}"),
                expect(404, Caller.OWN_DRAFTER, 403, Caller.OWN_OFFICER, 403, Caller.NSMCWG_SECRETARY, 201,
                        Caller.FOCAL_PERSON, 201, Caller.AUDITOR, 403, Caller.PMO_MONITOR, 201), true));
        t.put("GET /api/directions", rule((s, w) -> Call.get("/api/directions?body=MOIB&overdue=false"), all(200), false));
        t.put("GET /api/directions/{id}", rule((s, w) -> Call.get("/api/directions/" + s.letter(w).directionId()),
                expect(404, letterSeen), false));
        t.put("POST /api/directions/{id}/progress", rule((s, w) -> multipart("/api/directions/"
                + s.letter(w).directionId() + "/progress", List.of(field("status", "IN_PROGRESS"),
                        field("done", "Half done."), field("percent", "50"), file("evidence", "e.txt", "Evidence."))),
                expect(404, Caller.OWN_DRAFTER, 201, Caller.OWN_OFFICER, 201, Caller.NSMCWG_SECRETARY, 403,
                        Caller.FOCAL_PERSON, 403, Caller.AUDITOR, 403, Caller.PMO_MONITOR, 403), true));
        t.put("POST /api/progress/{entryId}/confirm", rule((s, w) -> Call.empty("POST", "/api/progress/"
                + s.letter(w).entryId() + "/confirm"),
                expect(404, Caller.OWN_DRAFTER, 403, Caller.OWN_OFFICER, 200, Caller.NSMCWG_SECRETARY, 403,
                        Caller.FOCAL_PERSON, 403, Caller.AUDITOR, 403, Caller.PMO_MONITOR, 403), true));
        t.put("GET /api/evidence/{id}", rule((s, w) -> Call.get("/api/evidence/" + s.letter(w).evidenceId()),
                expect(404, letterSeen), false));
        // The progress report: MoIB, which acts, writes its own; the issuing office and whoever sees the whole cascade
        // write MoIB's; only MoIB's officer signs it off and records it sent; the officers of the issuing office and
        // of MoIB set the schedule
        t.put("GET /api/letters/{id}/progress-report.pdf", rule((s, w) -> Call.get("/api/letters/"
                + s.letter(w).letterId() + "/progress-report.pdf?body=MOIB"), expect(404, letterSeen), false));
        t.put("GET /api/letters/{id}/progress-report.docx", rule((s, w) -> Call.get("/api/letters/"
                + s.letter(w).letterId() + "/progress-report.docx?body=MOIB&from=" + today() + "&to=" + today()),
                expect(404, letterSeen), false));
        t.put("GET /api/letters/{id}/progress-reports", rule((s, w) -> Call.get("/api/letters/"
                + s.letter(w).letterId() + "/progress-reports"), expect(404, letterSeen), false));
        t.put("POST /api/letters/{id}/progress-reports", rule((s, w) -> Call.json("POST", "/api/letters/"
                + s.letter(w).letterId() + "/progress-reports", "{\"diaryNumber\":\"D-9\"}"),
                expect(404, Caller.OWN_DRAFTER, 403, Caller.OWN_OFFICER, 201, Caller.NSMCWG_SECRETARY, 403,
                        Caller.FOCAL_PERSON, 403, Caller.AUDITOR, 403, Caller.PMO_MONITOR, 403), true));
        t.put("POST /api/letters/{id}/progress-reports/{reportId}/sent", rule((s, w) -> Call.json("POST",
                "/api/letters/" + s.letter(w).letterId() + "/progress-reports/" + s.letter(w).reportId() + "/sent",
                "{\"sentOn\":\"" + today() + "\"}"),
                expect(404, Caller.OWN_DRAFTER, 403, Caller.OWN_OFFICER, 200, Caller.NSMCWG_SECRETARY, 403,
                        Caller.FOCAL_PERSON, 403, Caller.AUDITOR, 403, Caller.PMO_MONITOR, 403), true));
        t.put("GET /api/letters/{id}/progress-reports/{reportId}/pdf", rule((s, w) -> Call.get("/api/letters/"
                + s.letter(w).letterId() + "/progress-reports/" + s.letter(w).reportId() + "/pdf"),
                expect(404, letterSeen), false));
        t.put("GET /api/letters/{id}/progress-reports/{reportId}/docx", rule((s, w) -> Call.get("/api/letters/"
                + s.letter(w).letterId() + "/progress-reports/" + s.letter(w).reportId() + "/docx"),
                expect(404, letterSeen), false));
        t.put("PUT /api/letters/{id}/progress-report-schedule", rule((s, w) -> Call.json("PUT", "/api/letters/"
                + s.letter(w).letterId() + "/progress-report-schedule", "{\"every\":\"MONTHLY\"}"),
                expect(404, Caller.OWN_DRAFTER, 403, Caller.OWN_OFFICER, 200, Caller.NSMCWG_SECRETARY, 403,
                        Caller.FOCAL_PERSON, 403, Caller.AUDITOR, 403, Caller.PMO_MONITOR, 200), true));
        // Statements (direction 5): the MoIB drafter's proposal is seen by its proposer, the NSMCWG secretary and the
        // auditor (403 when they try what only the spokesperson or MoIT's officer may do), by nobody else (404); the
        // register, its feed and an issue's verification are for everyone signed in (StatementApiIT: the speakers)
        var proposal = Map.of(Caller.OWN_DRAFTER, 200, Caller.NSMCWG_SECRETARY, 200, Caller.AUDITOR, 200);
        var speaksOnly = Map.of(Caller.OWN_DRAFTER, 403, Caller.NSMCWG_SECRETARY, 403, Caller.AUDITOR, 403);
        t.put("GET /api/statements", rule((s, w) -> Call.get("/api/statements"), all(200), false));
        t.put("POST /api/statements", rule((s, w) -> Call.json("POST", "/api/statements", STATEMENT),
                expect(201, Caller.ADMIN, 403, Caller.AUDITOR, 403, Caller.PMO_MONITOR, 403), true));
        t.put("GET /api/statements/issued", rule((s, w) -> Call.get("/api/statements/issued"), all(200), false));
        t.put("GET /api/statements/issued.atom", rule((s, w) -> Call.get("/api/statements/issued.atom"), all(200), false));
        t.put("GET /api/statements/{id}", rule((s, w) -> Call.get("/api/statements/" + s.statements().proposal()),
                expect(404, proposal), false));
        t.put("PUT /api/statements/{id}", rule((s, w) -> Call.json("PUT", "/api/statements/" + s.statements().proposal(),
                STATEMENT.replace("}", ",\"version\":0}")), expect(404, speaksOnly), false));
        t.put("POST /api/statements/{id}/views", rule((s, w) -> Call.json("POST", "/api/statements/"
                + s.statements().proposal() + "/views", "{\"username\":\"test.spokesperson\",\"question\":\"View?\"}"),
                expect(404, speaksOnly), false));
        // a view asked of the PTA: its people reply (each on a statement of its own), the others who see it may not
        t.put("POST /api/statements/{id}/views/{viewId}/reply", rule((s, w) -> Call.json("POST",
                s.statements().viewOfPta() + "/reply", "{\"reply\":\"The PTA agrees.\"}"),
                expect(404, Caller.OWN_DRAFTER, 403, Caller.NSMCWG_SECRETARY, 403, Caller.AUDITOR, 403,
                        Caller.OTHER_DRAFTER, 200, Caller.OTHER_OFFICER, 200), true));
        t.put("POST /api/statements/{id}/issue", rule((s, w) -> Call.json("POST", "/api/statements/"
                + s.statements().proposal() + "/issue", "{\"date\":\"2026-01-05\",\"time\":\"10:00\",\"channel\":"
                + "\"PRESS_RELEASE\",\"finalText\":\"Final text\",\"version\":0}"), expect(404, speaksOnly), false));
        t.put("POST /api/statements/{id}/decline", rule((s, w) -> Call.json("POST", "/api/statements/"
                + s.statements().proposal() + "/decline", "{\"reason\":\"Not now\",\"version\":0}"),
                expect(404, speaksOnly), false));
        t.put("GET /api/statements/{id}/verification", rule((s, w) -> Call.get("/api/statements/"
                + s.statements().issued() + "/verification"), all(200), false));
        // The focal person's nomination (direction 3): the NSMCWG's and the auditor's to read, the NSMCWG's to act on;
        // the secretary's steps on an open nomination without support pass the check and are refused as premature
        // (409: the chain itself is FocalPersonNominationIT's)
        var nsmcwg = Map.of(Caller.NSMCWG_MEMBER, 200, Caller.NSMCWG_SECRETARY, 200, Caller.FOCAL_PERSON, 200,
                Caller.AUDITOR, 200);
        var secretaryStep = Map.of(Caller.NSMCWG_SECRETARY, 409, Caller.NSMCWG_MEMBER, 403, Caller.FOCAL_PERSON, 403,
                Caller.AUDITOR, 403);
        t.put("GET /api/focal-person/nominations", rule((s, w) -> Call.get("/api/focal-person/nominations"),
                expect(403, nsmcwg), false));
        t.put("POST /api/focal-person/nominations", rule((s, w) -> Call.json("POST", "/api/focal-person/nominations",
                "{\"nomineeId\":" + s.statements().freshNominee() + ",\"note\":\"Matrix\"}"),
                expect(403, Caller.NSMCWG_MEMBER, 201, Caller.NSMCWG_SECRETARY, 201, Caller.FOCAL_PERSON, 201), true));
        t.put("GET /api/focal-person/nominations/{id}", rule((s, w) -> Call.get("/api/focal-person/nominations/"
                + s.statements().nomination()), expect(404, nsmcwg), false));
        for (var view : List.of("support", "object")) {
            t.put("POST /api/focal-person/nominations/{id}/" + view, rule((s, w) -> Call.json("POST",
                    "/api/focal-person/nominations/" + s.statements().freshNomination() + "/" + view, "{\"note\":\"Matrix\"}"),
                    expect(404, Caller.NSMCWG_MEMBER, 200, Caller.NSMCWG_SECRETARY, 200, Caller.FOCAL_PERSON, 200,
                            Caller.AUDITOR, 403), true));
        }
        t.put("POST /api/focal-person/nominations/{id}/consensus", rule((s, w) -> Call.json("POST",
                "/api/focal-person/nominations/" + s.statements().nomination() + "/consensus",
                "{\"note\":\"Agreed\",\"version\":0}"), expect(404, secretaryStep), false));
        for (var step : List.of("recommendation", "approval", "not-approved")) {
            t.put("POST /api/focal-person/nominations/{id}/" + step, rule((s, w) -> Call.json("POST",
                    "/api/focal-person/nominations/" + s.statements().nomination() + "/" + step,
                    "{\"reference\":\"PMO/FP/1\",\"date\":\"2026-01-05\",\"version\":0}"),
                    expect(404, secretaryStep), false));
        }
        // withdrawn only by the nominator or the nominee (neither is a caller here): the NSMCWG is refused, the
        // auditor changes nothing, anyone else is told it does not exist
        t.put("POST /api/focal-person/nominations/{id}/withdraw", rule((s, w) -> Call.json("POST",
                "/api/focal-person/nominations/" + s.statements().nomination() + "/withdraw",
                "{\"reason\":\"Matrix\",\"version\":0}"), expect(404, Caller.NSMCWG_MEMBER, 403,
                        Caller.NSMCWG_SECRETARY, 403, Caller.FOCAL_PERSON, 403, Caller.AUDITOR, 403), false));
        t.put("GET /api/focal-person/history", rule((s, w) -> Call.get("/api/focal-person/history"), all(200), false));
        // Engagements with the companies: the NSMCWG logs and changes; a body party to one (MoIB) reads it; the auditor
        // reads everything; everyone else is told it does not exist (who else: EngagementServiceIT)
        var nsmcwgCallers = new Caller[] { Caller.NSMCWG_MEMBER, Caller.NSMCWG_SECRETARY, Caller.FOCAL_PERSON };
        var engagementRead = Map.of(Caller.OWN_DRAFTER, 200, Caller.OWN_OFFICER, 200, Caller.NSMCWG_MEMBER, 200,
                Caller.NSMCWG_SECRETARY, 200, Caller.FOCAL_PERSON, 200, Caller.AUDITOR, 200);
        var engagementChange = new java.util.HashMap<Caller, Integer>(Map.of(Caller.OWN_DRAFTER, 403,
                Caller.OWN_OFFICER, 403, Caller.AUDITOR, 403));
        for (var c : nsmcwgCallers) {
            engagementChange.put(c, 201);
        }
        t.put("GET /api/engagements", rule((s, w) -> Call.get("/api/engagements?company=Google"), all(200), false));
        t.put("GET /api/engagements/companies", rule((s, w) -> Call.get("/api/engagements/companies"), all(200), false));
        t.put("POST /api/engagements", rule((s, w) -> Call.json("POST", "/api/engagements", "{\"company\":\"TikTok\","
                + "\"kind\":\"CALL\",\"occurredOn\":\"2026-11-02\",\"subject\":\"A call\",\"ourParticipants\":\"Us\","
                + "\"topics\":\"Takedowns\"}"), expect(403, Caller.NSMCWG_MEMBER, 201, Caller.NSMCWG_SECRETARY, 201,
                Caller.FOCAL_PERSON, 201), false));
        t.put("GET /api/engagements/{id}", rule((s, w) -> Call.get("/api/engagements/" + s.engagement.id()),
                expect(404, engagementRead), false));
        t.put("GET /api/engagements/{id}/documents/{documentId}", rule((s, w) -> Call.get("/api/engagements/"
                + s.engagement.id() + "/documents/" + s.engagement.documentId()), expect(404, engagementRead), false));
        t.put("POST /api/engagements/{id}/documents", rule((s, w) -> multipart("/api/engagements/" + s.engagement.id()
                + "/documents", List.of(file("file", "reply.txt", "Our reply " + UUID.randomUUID()))),
                expect(404, engagementChange), false));
        t.put("POST /api/engagements/{id}/commitments", rule((s, w) -> Call.json("POST", "/api/engagements/"
                + s.engagement.id() + "/commitments", "{\"owner\":\"COMPANY\",\"description\":\"A plan\","
                + "\"dueOn\":\"2099-01-01\"}"), expect(404, engagementChange), false));
        t.put("GET /api/commitments", rule((s, w) -> Call.get("/api/commitments?overdue=true"), all(200), false));
        // a commitment MoIB owes: its officer follows it up, its drafter may not; each call on a fresh one
        var followUp = Map.of(Caller.OWN_OFFICER, 200, Caller.OWN_DRAFTER, 403, Caller.AUDITOR, 403,
                Caller.NSMCWG_MEMBER, 200, Caller.NSMCWG_SECRETARY, 200, Caller.FOCAL_PERSON, 200);
        t.put("POST /api/commitments/{id}/done", rule((s, w) -> Call.json("POST", "/api/commitments/"
                + s.freshCommitment() + "/done", "{\"note\":\"Briefed\"}"), expect(404, followUp), false));
        t.put("POST /api/commitments/{id}/lapsed", rule((s, w) -> Call.json("POST", "/api/commitments/"
                + s.freshCommitment() + "/lapsed", "{\"note\":\"Withdrawn\"}"), expect(404, followUp), false));
        // The description of the API is open to all: it holds no data
        t.put("GET /api/openapi", rule((s, w) -> Call.get("/api/openapi"), open(200), false));
        t.put("GET /api/openapi.yaml", rule((s, w) -> Call.get("/api/openapi.yaml"), open(200), false));
        t.put("GET /api/openapi/swagger-config", rule((s, w) -> Call.get("/api/openapi/swagger-config"), open(200), false));
        t.put("GET /api/docs", rule((s, w) -> Call.get("/api/docs"), open(302), false));
        // Spring Boot's error page: outside the API, so HTTP Basic means nothing there and the UI's log-in answers
        t.put("ANY /error", rule((s, w) -> Call.get("/error"), open(302), false));
        return t;
    }

    /**
     * An act on a body of a data request to MoIB: the statuses given by pairs, {@code others} for the rest of those
     * who see the request, 404 for those who do not (another committee, the administrator).
     */
    private static Map<Caller, Integer> bodyAct(int others, Object... pairs) {
        var map = expect(others, pairs);
        map.put(Caller.OTHER_DRAFTER, 404);
        map.put(Caller.OTHER_OFFICER, 404);
        map.put(Caller.ADMIN, 404);
        // the PMO's monitor is not asked, nor of the NSMCWG: the request does not exist for him
        map.put(Caller.PMO_MONITOR, 404);
        return map;
    }

    /** The same status for everyone, the anonymous caller too. */
    private static Map<Caller, Integer> open(int status) {
        var map = expect(status);
        map.put(Caller.ANONYMOUS, status);
        return map;
    }

    private static Map<Caller, Integer> draftGet(int status) {
        return Map.of(Caller.OWN_DRAFTER, status, Caller.OWN_OFFICER, status, Caller.AUDITOR, status);
    }

    private static Rule rule(BiFunction<ApiAuthorizationMatrixIT, World, Call> call, Map<Caller, Integer> expected,
            boolean changes) {
        return new Rule(call, expected, changes);
    }

    /** Every signed-in caller gets {@code status}; the anonymous one 401. */
    private static Map<Caller, Integer> all(int status) {
        return expect(status);
    }

    /** 401 for the anonymous caller, the statuses given by pairs (caller, status), {@code others} for the rest. */
    private static Map<Caller, Integer> expect(int others, Object... pairs) {
        var map = new EnumMap<Caller, Integer>(Caller.class);
        for (var caller : Caller.values()) {
            map.put(caller, caller == Caller.ANONYMOUS ? 401 : others);
        }
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((Caller) pairs[i], (Integer) pairs[i + 1]);
        }
        return map;
    }

    private static Map<Caller, Integer> expect(int others, Map<Caller, Integer> specific) {
        var map = expect(others);
        map.putAll(specific);
        return map;
    }

    @Test
    void every_endpoint_has_a_rule() {
        var table = table();
        var missing = new TreeSet<String>();
        for (var endpoint : endpoints()) {
            if (!table.containsKey(endpoint)) {
                missing.add(endpoint);
            }
        }
        assertThat(missing).as("API endpoints without a rule in " + getClass().getSimpleName()
                + ": add each to table() with what every caller must get").isEmpty();
        var stale = new TreeSet<>(table.keySet());
        stale.removeAll(endpoints());
        assertThat(stale).as("rules for endpoints that no longer exist").isEmpty();
    }

    @Test
    void every_caller_gets_what_the_table_says() {
        var failures = new ArrayList<String>();
        var actual = new LinkedHashMap<String, Map<Caller, Integer>>();
        var table = table();
        var before = Fixtures.as(users.get(Caller.OWN_DRAFTER), () -> drafts.get(shared.draftId));
        for (var entry : table.entrySet()) {
            var rule = entry.getValue();
            var row = new EnumMap<Caller, Integer>(Caller.class);
            // Callers who are refused go first and all on the shared draft: a refusal must change nothing
            for (var caller : Caller.values()) {
                var expected = rule.expected().get(caller);
                if (rule.changes() && expected < 300) {
                    continue;
                }
                var reply = send(rule.call().apply(this, shared), caller);
                row.put(caller, reply.status());
                check(entry.getKey(), caller, expected, reply, failures);
            }
            for (var caller : Caller.values()) {
                var expected = rule.expected().get(caller);
                if (rule.changes() && expected < 300) {
                    var reply = send(rule.call().apply(this, world()), caller);
                    row.put(caller, reply.status());
                    check(entry.getKey(), caller, expected, reply, failures);
                }
            }
            actual.put(entry.getKey(), row);
        }
        assertThat(failures).as("statuses that differ from the table; all of them:\n" + render(actual)).isEmpty();
        var after = Fixtures.as(users.get(Caller.OWN_DRAFTER), () -> drafts.get(shared.draftId));
        assertThat(after.version()).as("refused calls changed the draft").isEqualTo(before.version());
        assertThat(after.versions()).hasSameSizeAs(before.versions());
        assertThat(after.status()).isEqualTo(before.status());
    }

    private void check(String endpoint, Caller caller, int expected, Reply reply, List<String> failures) {
        if (reply.status() != expected) {
            failures.add(endpoint + " as " + caller + ": expected " + expected + ", got " + reply.status() + " "
                    + abbreviate(reply.text()));
            return;
        }
        if (reply.status() >= 400) {
            // Refusals are the API's JSON errors, never a page of the UI or a stack trace
            assertThat(reply.contentType()).as(endpoint + " as " + caller).startsWith("application/json");
            assertThat(reply.text()).as(endpoint + " as " + caller).doesNotContain("\tat ", "Exception");
        }
        if (reply.status() == 404 && !caller.ownCommittee()) {
            // "not found" says nothing of the draft: not its title, not the word in its text or note
            assertThat(reply.text()).as(endpoint + " as " + caller).doesNotContain(shared.word, shared.noteWord,
                    "Matrix draft");
        }
    }

    @Test
    void a_word_only_in_the_hidden_draft_is_found_by_its_committee_and_by_nobody_outside_it() {
        // the hidden draft's text and note are in the index (see the set-up), so a zero below is the filter's
        var found = send(Call.get("/api/search?q=" + shared.word), Caller.OWN_DRAFTER);
        assertThat(JsonPath.<Integer>read(found.text(), "$.total")).isEqualTo(1);
        for (var caller : Caller.values()) {
            if (caller == Caller.ANONYMOUS || caller.ownCommittee()) {
                continue;
            }
            for (var word : List.of(shared.word, shared.noteWord)) {
                var reply = send(Call.get("/api/search?q=" + word + "&allVersions=true"), caller);
                var latest = send(Call.get("/api/search?q=" + word), caller);
                assertThat(reply.status()).isEqualTo(200);
                var total = JsonPath.<Integer>read(reply.text(), "$.total");
                Map<String, Map<String, Integer>> facets = JsonPath.read(reply.text(), "$.facets");
                List<Object> comments = JsonPath.read(reply.text(), "$.comments.hits");
                if (caller == Caller.AUDITOR && word.equals(shared.word)) {
                    // the auditor reads every draft (both versions), but no committee's internal note
                    assertThat(total).isEqualTo(2);
                    continue;
                }
                assertThat(JsonPath.<Integer>read(latest.text(), "$.total")).as(caller + " searching " + word).isZero();
                assertThat(total).as(caller + " searching " + word).isZero();
                assertThat(comments).as(caller + " searching " + word).isEmpty();
                facets.forEach((facet, counts) -> assertThat(counts.values()).as(caller + ": facet " + facet)
                        .allMatch(count -> count == 0));
                assertThat(reply.text()).doesNotContain("Matrix draft");
            }
        }
    }

    @Test
    void the_hidden_draft_is_in_no_list_of_a_caller_outside_its_committee() {
        for (var caller : Caller.values()) {
            if (caller == Caller.ANONYMOUS) {
                continue;
            }
            var reply = send(Call.get("/api/drafts?size=100&q=Matrix%20draft"), caller);
            List<Number> ids = JsonPath.read(reply.text(), "$.items[*].id");
            var sees = caller.ownCommittee() || caller == Caller.AUDITOR;
            assertThat(ids.stream().map(Number::longValue).toList()).as(caller.name())
                    .matches(list -> list.contains(shared.draftId) == sees);
        }
    }

    @Test
    void the_internal_note_stays_with_its_committee_even_for_the_auditor_who_reads_the_draft() throws IOException {
        var threadsPath = "/api/drafts/" + shared.draftId + "/versions/2/threads";
        assertThat(send(Call.get(threadsPath), Caller.OWN_OFFICER).text()).contains(shared.noteWord);
        var auditorThreads = send(Call.get(threadsPath), Caller.AUDITOR);
        assertThat(auditorThreads.status()).isEqualTo(200);
        assertThat(auditorThreads.text()).doesNotContain(shared.noteWord);

        var recordPath = "/api/drafts/" + shared.draftId + "/record.pdf";
        assertThat(pdfText(send(Call.get(recordPath), Caller.OWN_DRAFTER))).contains(shared.noteWord);
        var auditorRecord = pdfText(send(Call.get(recordPath), Caller.AUDITOR));
        assertThat(auditorRecord).contains("Matrix draft").doesNotContain(shared.noteWord);
    }

    @Test
    void unfollowing_a_hidden_draft_answers_as_for_one_that_does_not_exist_and_follows_nothing() {
        var nowhere = send(Call.empty("DELETE", "/api/notifications/follows/" + Long.MAX_VALUE), Caller.OTHER_DRAFTER);
        var hidden = send(Call.empty("DELETE", "/api/notifications/follows/" + shared.draftId), Caller.OTHER_DRAFTER);
        assertThat(hidden.status()).isEqualTo(nowhere.status());
        assertThat(hidden.text()).isEqualTo(nowhere.text());
        assertThat(send(Call.get("/api/notifications/follows"), Caller.OTHER_DRAFTER).text())
                .doesNotContain("\"draftId\":" + shared.draftId + ",");
    }

    private static String pdfText(Reply reply) throws IOException {
        assertThat(reply.status()).isEqualTo(200);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(reply.body())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
    }

    // --- calls that need a body or a fresh state ---

    @Autowired
    pk.gov.mashwara.review.ResponseTemplates responseTemplates;
    private Long moibTemplate;

    /** A template of MoIB's library, made once by its officer. */
    private long moibTemplate() {
        if (moibTemplate == null) {
            moibTemplate = newMoibTemplate();
        }
        return moibTemplate;
    }

    /** A new template of MoIB's library (at version 0), for a call that changes or deletes it. */
    private long newMoibTemplate() {
        return Fixtures.as(users.get(Caller.OWN_OFFICER), () -> responseTemplates.create(Fixtures.unique("Matrix template"),
                "Thank you, {commenter} ({organisation}); {clause} is revised.")).id();
    }

    private Call newDraftCall() {
        return multipart("/api/drafts", List.of(field("title", Fixtures.unique("Matrix new draft")),
                field("committee", "MOIB"), field("kind", "POLICY"), field("legalBasis", "PEMRA Ordinance 2002"),
                file("file", "new.txt", "A new draft from the authorization matrix.")));
    }

    private Call newVersionCall(World w) {
        return multipart("/api/drafts/" + w.draftId + "/versions",
                List.of(file("file", "v3.txt", "A third version, " + UUID.randomUUID())));
    }

    /** A comments matrix received by letter: one general comment (it needs no text extracted). */
    private Call receivedMatrixCall(World w) {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("Matrix");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("Existing text");
            header.createCell(1).setCellValue("Comment");
            header.createCell(2).setCellValue("Commenter and organisation");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("");
            row.createCell(1).setCellValue("Received by letter.");
            row.createCell(2).setCellValue("A. Khan (Law Division)");
            book.write(out);
            return multipart("/api/drafts/" + w.draftId + "/versions/2/matrix",
                    List.of(new Field("file", "matrix.xlsx", out.toByteArray())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Call importCall() {
        return multipart("/api/import", List.of(field("committee", "MOIB"), field("kind", "POLICY"),
                field("legalBasis", "PEMRA Ordinance 2002"),
                file("files", "imported-" + UUID.randomUUID() + ".txt", "An imported draft " + UUID.randomUUID())));
    }

    /** Reopens the world's thread, which its committee resolved first (when the world is a fresh one). */
    private Call reopenCall(World w) {
        if (w != shared) {
            var drafter = users.get(Caller.OWN_DRAFTER);
            Fixtures.as(drafter, () -> threads.resolve(w.threadId, review.thread(w.threadId).version(),
                    Resolution.NOTED, null));
        }
        return Call.json("POST", "/api/threads/" + w.threadId + "/reopen", "{\"reason\":\"Look again\"}");
    }

    @Autowired
    pk.gov.mashwara.datarequest.DataRequestService dataRequests;
    private Long dataRequestId;
    private long dataRequestFile;

    private String dataRequestJson() {
        return "{\"subject\":\"" + Fixtures.unique("Matrix data") + "\",\"question\":\"How many licences?\","
                + "\"whyNeeded\":\"For the advice.\",\"formWanted\":\"TABLE\",\"classification\":\"CONFIDENTIAL\","
                + "\"deadlineDays\":5,\"bodies\":[\"MOIB\"]}";
    }

    /** The request every caller reads: to MoIB, answered by it with a file not shared. */
    private long dataRequest() {
        if (dataRequestId == null) {
            var id = freshDataRequest(false);
            var answer = Fixtures.as(users.get(Caller.OWN_OFFICER), () -> dataRequests.answer(id, "MOIB", "Figures.",
                    false, null, false, List.of(new pk.gov.mashwara.datarequest.AnswerUpload("figures.csv",
                            () -> new java.io.ByteArrayInputStream("Year,Count\n2025,12\n".getBytes(StandardCharsets.UTF_8))))));
            dataRequestFile = answer.files().getFirst().id();
            dataRequestId = id;
        }
        return dataRequestId;
    }

    /** A new request to MoIB, asked by the secretary; declined by MoIB's officer when {@code declined}. */
    private long freshDataRequest(boolean declined) {
        var id = Fixtures.as(users.get(Caller.NSMCWG_SECRETARY), () -> dataRequests.create(
                new pk.gov.mashwara.datarequest.NewDataRequest(Fixtures.unique("Matrix data"), "How many licences?",
                        "For the advice.", pk.gov.mashwara.datarequest.FormWanted.TABLE,
                        pk.gov.mashwara.draft.Classification.CONFIDENTIAL, null, 5, null, null, List.of("MOIB"))));
        if (declined) {
            Fixtures.as(users.get(Caller.OWN_OFFICER), () -> dataRequests.decline(id, "MOIB", "The law forbids it."));
        }
        return id;
    }

    private Call putUpCall(World w) {
        var version = Fixtures.as(users.get(Caller.OWN_DRAFTER), () -> drafts.get(w.draftId)).version();
        return Call.json("POST", "/api/drafts/" + w.draftId + "/actions/put-up", "{\"version\":" + version + "}");
    }

    // --- HTTP ---

    private Set<String> endpoints() {
        var endpoints = new TreeSet<String>();
        mapping.getHandlerMethods().forEach((info, method) -> {
            var methods = info.getMethodsCondition().getMethods();
            for (var pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                for (RequestMethod m : methods) {
                    endpoints.add(m.name() + " " + pattern);
                }
            }
        });
        return endpoints;
    }

    private Reply send(Call call, Caller caller) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()))
                .timeout(Duration.ofSeconds(60));
        if (caller != Caller.ANONYMOUS) {
            var user = users.get(caller).getUsername();
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (call.contentType() != null) {
            builder.header("Content-Type", call.contentType());
        }
        builder.method(call.method(), call.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(call.body()));
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Field(String name, String fileName, byte[] content) {
    }

    private static Field field(String name, String value) {
        return new Field(name, null, value.getBytes(StandardCharsets.UTF_8));
    }

    private static Field file(String name, String fileName, String text) {
        return new Field(name, fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Call multipart(String path, List<Field> fields) {
        var boundary = "----matrix-" + UUID.randomUUID();
        var out = new ByteArrayOutputStream();
        for (var f : fields) {
            var head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.name() + "\""
                    + (f.fileName() == null ? "" : "; filename=\"" + f.fileName() + "\"\r\nContent-Type: text/plain")
                    + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(f.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Call("POST", path, "multipart/form-data; boundary=" + boundary, out.toByteArray());
    }

    private static String render(Map<String, Map<Caller, Integer>> actual) {
        var out = new StringBuilder(String.format("%-58s", "endpoint"));
        for (var caller : Caller.values()) {
            out.append(String.format(" %5.5s", caller.name()));
        }
        out.append('\n');
        actual.forEach((endpoint, row) -> {
            out.append(String.format("%-58s", endpoint));
            for (var caller : Caller.values()) {
                out.append(String.format(" %5s", row.getOrDefault(caller, 0)));
            }
            out.append('\n');
        });
        return out.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
