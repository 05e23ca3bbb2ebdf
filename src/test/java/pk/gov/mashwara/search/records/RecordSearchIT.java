package pk.gov.mashwara.search.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import pk.gov.mashwara.datarequest.DataRequestService;
import pk.gov.mashwara.datarequest.FormWanted;
import pk.gov.mashwara.datarequest.NewDataRequest;
import pk.gov.mashwara.directions.EvidenceFile;
import pk.gov.mashwara.directions.LetterService;
import pk.gov.mashwara.directions.NewAddressee;
import pk.gov.mashwara.directions.NewDirection;
import pk.gov.mashwara.directions.NewLetter;
import pk.gov.mashwara.directions.NewProgress;
import pk.gov.mashwara.directions.ProgressService;
import pk.gov.mashwara.directions.ProgressStatus;
import pk.gov.mashwara.directions.Timeline;
import pk.gov.mashwara.directory.CommitteeForm;
import pk.gov.mashwara.directory.CommitteeType;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.engagement.EngagementKind;
import pk.gov.mashwara.engagement.EngagementService;
import pk.gov.mashwara.engagement.NewCommitment;
import pk.gov.mashwara.engagement.NewEngagement;
import pk.gov.mashwara.search.RecordFilter;
import pk.gov.mashwara.search.RecordKind;
import pk.gov.mashwara.search.RecordResults;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.statement.Channel;
import pk.gov.mashwara.statement.IssueForm;
import pk.gov.mashwara.statement.StatementForm;
import pk.gov.mashwara.statement.StatementService;
import pk.gov.mashwara.statement.Urgency;
import pk.gov.mashwara.support.Fixtures;

/**
 * The working group's other business found by the search through the real services and events: per kind, found by
 * those its module lets read it and by nobody else (not even in a count or a facet), the facets counted over what the
 * reader may read, and the index rebuilt from the database.
 */
@SpringBootTest
@Import(Fixtures.class)
class RecordSearchIT {

    static final Duration INDEXED_WITHIN = Duration.ofSeconds(20);
    static final ZoneId PKT = ZoneId.of("Asia/Karachi");

    @Autowired
    Fixtures fixtures;
    @Autowired
    SearchService search;
    @Autowired
    RecordIndexMaintenance maintenance;
    @Autowired
    DirectoryService directory;
    @Autowired
    LetterService letters;
    @Autowired
    ProgressService progress;
    @Autowired
    DataRequestService requests;
    @Autowired
    StatementService statements;
    @Autowired
    EngagementService engagements;

    @BeforeEach
    void ready() {
        await().atMost(Duration.ofSeconds(90)).until(() -> maintenance.status().ready()
                && Fixtures.as(Fixtures.systemAdministrator(), () -> search.status().ready()));
    }

    static String word(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    RecordResults records(MashwaraUser user, String words) {
        return records(user, words, RecordFilter.ALL);
    }

    RecordResults records(MashwaraUser user, String words, RecordFilter filter) {
        return Fixtures.as(user, () -> search.search(SearchQuery.of(words), filter).records());
    }

    void awaitFound(MashwaraUser user, String words, long total) {
        await().atMost(INDEXED_WITHIN).until(() -> records(user, words).total() == total);
    }

    /** Nothing found, nothing counted: the reader cannot tell that such a record exists. */
    void assertNothing(MashwaraUser user, String words) {
        var found = records(user, words);
        assertThat(found.total()).as(user.getUsername()).isZero();
        assertThat(found.hits()).as(user.getUsername()).isEmpty();
        assertThat(found.facets()).as(user.getUsername()).allMatch(f -> f.values().isEmpty());
    }

    String body(CommitteeType type) {
        var code = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        Fixtures.as(Fixtures.systemAdministrator(), () -> directory.createCommittee(
                new CommitteeForm(code, "Record search body " + code, null, type, null, true)));
        return code;
    }

    @Test
    void letters_directions_and_progress_are_found_as_the_directions_module_shows_them() {
        var office = body(CommitteeType.OFFICE);
        var lead = body(CommitteeType.MINISTRY);
        var support = body(CommitteeType.REGULATOR);
        var stranger = body(CommitteeType.DIVISION);
        var monitor = fixtures.user(office, Role.PMO_MONITOR);
        var leadOfficer = fixtures.user(lead, Role.COMMITTEE_OFFICER);
        var supportOfficer = fixtures.user(support, Role.COMMITTEE_OFFICER);
        var strangerOfficer = fixtures.user(stranger, Role.COMMITTEE_OFFICER);
        var letterWord = word("rl");
        var doneWord = word("rp");
        var reference = "No. " + UUID.randomUUID().toString().substring(0, 6) + "/AS-II/2026";
        var direction = new NewDirection("1", "Frame the rules on " + letterWord + " within a month.", null,
                Timeline.within(1, Timeline.Unit.MONTHS), "Lead / support", false, fixtures.committee(lead),
                List.of(fixtures.committee(support)), List.of(), List.of());
        var letter = Fixtures.as(monitor, () -> letters.register(new NewLetter(fixtures.committee(office), reference,
                LocalDate.now(PKT).minusDays(3), "Rules on " + letterWord, Classification.UNCLASSIFIED,
                Priority.IMMEDIATE, false, "2. Action may be taken.", "Additional Secretary-II",
                List.of(NewAddressee.body(fixtures.committee(lead), null),
                        NewAddressee.body(fixtures.committee(support), null)),
                List.of(direction)), null));
        var directionId = letter.directions().getFirst().id();
        var entry = Fixtures.as(leadOfficer, () -> progress.record(directionId, new NewProgress(LocalDate.now(PKT),
                ProgressStatus.IN_PROGRESS, "Consulted the stakeholders on " + doneWord + ".", "The draft.", 40,
                null, null, false, List.of(new EvidenceFile("minutes.txt",
                        () -> new ByteArrayInputStream("Minutes".getBytes(StandardCharsets.UTF_8)))))));

        awaitFound(monitor, letterWord, 2);
        awaitFound(monitor, doneWord, 1);
        var seen = records(monitor, letterWord);
        assertThat(seen.hits()).extracting(h -> h.kind()).containsExactlyInAnyOrder(RecordKind.LETTER,
                RecordKind.DIRECTION);
        var letterHit = seen.hits().stream().filter(h -> h.kind() == RecordKind.LETTER).findFirst().orElseThrow();
        assertThat(letterHit.path()).isEqualTo("directions/letters/" + letter.letter().id());
        assertThat(letterHit.title()).contains(reference);
        assertThat(letterHit.bodies()).containsExactly(office);
        assertThat(letterHit.snippetHtml()).contains("<mark>" + letterWord + "</mark>");
        var directionHit = seen.hits().stream().filter(h -> h.kind() == RecordKind.DIRECTION).findFirst().orElseThrow();
        assertThat(directionHit.path()).isEqualTo("directions/" + directionId);
        assertThat(directionHit.bodies()).containsExactly(lead, support);
        assertThat(directionHit.status()).isEqualTo("IN_PROGRESS");
        // the facets count what the reader may read
        assertThat(seen.facet("recordKind").count("LETTER")).isEqualTo(1);
        assertThat(seen.facet("recordKind").count("DIRECTION")).isEqualTo(1);
        assertThat(seen.facet("body").count(lead)).isEqualTo(1);
        assertThat(seen.facet("body").count(office)).isEqualTo(1);
        // a facet narrows: only the direction, the kind facet still offering the letter
        var narrowed = records(monitor, letterWord, new RecordFilter(Set.of(RecordKind.DIRECTION), Set.of(), Set.of()));
        assertThat(narrowed.total()).isEqualTo(1);
        assertThat(narrowed.hits()).singleElement().extracting(h -> h.kind()).isEqualTo(RecordKind.DIRECTION);
        assertThat(narrowed.facet("recordKind").count("LETTER")).isEqualTo(1);
        assertThat(records(monitor, letterWord, new RecordFilter(Set.of(), Set.of(), Set.of("DONE"))).total())
                .isZero();

        var progressHit = records(monitor, doneWord).hits().getFirst();
        assertThat(progressHit.kind()).isEqualTo(RecordKind.PROGRESS);
        assertThat(progressHit.id()).isEqualTo(entry.id());
        assertThat(progressHit.path()).isEqualTo("directions/" + directionId);
        assertThat(progressHit.bodies()).containsExactly(lead);

        // the lead body reads its own entry; the supporting body sees the letter and direction, not the entry's words
        assertThat(records(leadOfficer, letterWord).total()).isEqualTo(2);
        assertThat(records(leadOfficer, doneWord).total()).isEqualTo(1);
        assertThat(records(supportOfficer, letterWord).total()).isEqualTo(2);
        assertNothing(supportOfficer, doneWord);
        // a body the letter does not name learns nothing
        assertNothing(strangerOfficer, letterWord);
        assertNothing(strangerOfficer, doneWord);
    }

    @Test
    void a_data_request_is_found_by_the_bodies_asked_and_an_answer_only_by_those_who_may_read_it() {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var fia = fixtures.user("FIA", Role.COMMITTEE_OFFICER);
        var pta = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var askWord = word("rq");
        var answerWord = word("ra");
        var id = Fixtures.as(secretary, () -> requests.create(new NewDataRequest(Fixtures.unique("Complaints"),
                "How many complaints about " + askWord + " were received?", "For the NSMCWG's advice.",
                FormWanted.TABLE, Classification.CONFIDENTIAL, Priority.IMMEDIATE, 10, null, null, List.of("MOIT", "FIA"))));
        Fixtures.as(moit, () -> requests.answer(id, "MOIT", "Confidential figures: " + answerWord + " 1,204.", false, null,
                false, List.of()));

        awaitFound(secretary, answerWord, 1);
        var answer = records(secretary, answerWord).hits().getFirst();
        assertThat(answer.kind()).isEqualTo(RecordKind.ANSWER);
        assertThat(answer.path()).isEqualTo("data-requests/" + id);
        assertThat(answer.bodies()).containsExactly("MOIT");
        assertThat(answer.status()).isEqualTo("ANSWERED");
        var asked = records(secretary, askWord);
        assertThat(asked.total()).isEqualTo(1);
        assertThat(asked.hits().getFirst().kind()).isEqualTo(RecordKind.DATA_REQUEST);
        assertThat(asked.hits().getFirst().bodies()).containsExactlyInAnyOrder("MOIT", "FIA");
        assertThat(asked.facet("body").count("FIA")).isEqualTo(1);

        assertThat(records(member, answerWord).total()).isEqualTo(1);
        assertThat(records(moit, answerWord).total()).isEqualTo(1);
        // the other body asked sees the request, not an answer that is not shared with it
        assertThat(records(fia, askWord).total()).isEqualTo(1);
        assertNothing(fia, answerWord);
        // a body not asked: neither the request nor that a classified answer exists
        assertNothing(pta, askWord);
        assertNothing(pta, answerWord);
    }

    @Test
    void a_proposal_is_found_by_those_who_see_it_and_once_issued_only_its_issued_words_by_everyone() {
        var proposer = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var speaker = fixtures.namedUser("test.spokesperson", "NSMCWG", Role.SPOKESPERSON);
        var outsider = fixtures.user("MOIB", Role.COMMITTEE_DRAFTER);
        var proposedWord = word("rs");
        var issuedWord = word("ri");
        var id = Fixtures.as(proposer, () -> statements.propose(new StatementForm("The government welcomes "
                + proposedWord + ".", null, Fixtures.unique("Meeting with Meta"), "Meta", Urgency.URGENT)));

        awaitFound(proposer, proposedWord, 1);
        var hit = records(proposer, proposedWord).hits().getFirst();
        assertThat(hit.kind()).isEqualTo(RecordKind.STATEMENT);
        assertThat(hit.status()).isEqualTo("PROPOSED");
        assertThat(hit.path()).isEqualTo("statements/" + id);
        assertThat(records(speaker, proposedWord).total()).isEqualTo(1);
        assertNothing(outsider, proposedWord);

        var version = Fixtures.as(speaker, () -> statements.get(id)).version();
        var now = java.time.ZonedDateTime.now(PKT).minusMinutes(5);
        Fixtures.as(speaker, () -> statements.issue(id, new IssueForm(now.toLocalDate(),
                now.toLocalTime().withNano(0), Channel.PRESS_RELEASE, "The government welcomes " + issuedWord + ".",
                version)));

        awaitFound(outsider, issuedWord, 1);
        var issued = records(outsider, issuedWord).hits().getFirst();
        assertThat(issued.status()).isEqualTo("ISSUED");
        assertThat(issued.path()).isEqualTo("statements");
        // the proposal's own words are not in the register: nobody finds the statement by them any more
        awaitFound(speaker, proposedWord, 0);
        assertNothing(outsider, proposedWord);
    }

    @Test
    void an_engagement_and_its_commitments_are_found_by_its_parties_only_and_the_index_rebuilds_from_the_database()
            throws Exception {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var moib = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var topicWord = word("re");
        var owedWord = word("rc");
        var today = LocalDate.now(PKT);
        var logged = Fixtures.as(member, () -> engagements.log(new NewEngagement("Google", EngagementKind.MEETING,
                today.minusDays(2), Fixtures.unique("Liaison office"), null, "NSMCWG focal person",
                "Director, Government Affairs", "A liaison office and " + topicWord + ".", null, null, "7", null,
                List.of("MOIT"))));
        Fixtures.as(member, () -> engagements.addCommitment(logged.id(),
                new NewCommitment(null, "A dated plan for " + owedWord, today.plusDays(9))));

        awaitFound(member, owedWord, 1);
        awaitFound(member, topicWord, 1);
        var engagement = records(member, topicWord).hits().getFirst();
        assertThat(engagement.kind()).isEqualTo(RecordKind.ENGAGEMENT);
        assertThat(engagement.path()).isEqualTo("engagements/" + logged.id());
        assertThat(engagement.bodies()).containsExactly("MOIT");
        var commitment = records(member, owedWord).hits().getFirst();
        assertThat(commitment.kind()).isEqualTo(RecordKind.COMMITMENT);
        assertThat(commitment.status()).isEqualTo("OPEN");
        assertThat(records(moit, topicWord).total()).isEqualTo(1);
        assertThat(records(moit, owedWord).total()).isEqualTo(1);
        assertNothing(moib, topicWord);
        assertNothing(moib, owedWord);

        // rebuilt from the database: the same records, found by the same readers
        maintenance.rebuild("test").get();
        await().atMost(Duration.ofSeconds(60)).until(() -> maintenance.status().ready());
        assertThat(maintenance.documentCount()).isEqualTo(maintenance.sources().count());
        assertThat(records(member, owedWord).total()).isEqualTo(1);
        assertThat(records(moit, topicWord).total()).isEqualTo(1);
        assertNothing(moib, topicWord);
    }
}
