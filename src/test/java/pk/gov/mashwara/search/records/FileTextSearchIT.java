package pk.gov.mashwara.search.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static pk.gov.mashwara.support.ApiClient.as;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import pk.gov.mashwara.datarequest.AnswerUpload;
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
import pk.gov.mashwara.engagement.DocumentDirection;
import pk.gov.mashwara.engagement.EngagementKind;
import pk.gov.mashwara.engagement.EngagementService;
import pk.gov.mashwara.engagement.NewEngagement;
import pk.gov.mashwara.search.RecordFilter;
import pk.gov.mashwara.search.RecordKind;
import pk.gov.mashwara.search.RecordResults;
import pk.gov.mashwara.search.SearchQuery;
import pk.gov.mashwara.search.SearchService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.support.ApiClient;
import pk.gov.mashwara.support.Fixtures;
import pk.gov.mashwara.support.WebIntegrationTest;
import pk.gov.mashwara.text.ExtractionReason;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.FileTexts;
import pk.gov.mashwara.text.extraction.worker.TestDocuments;

/**
 * A word that occurs only inside an attached file (a letter's file, progress evidence, an answer's file, an
 * engagement's document) finds the record that keeps the file, through the search service and {@code GET
 * /api/search}, once the sandboxed extractor has read the file; never for someone who may not read the record; and
 * a file that cannot be read leaves its record findable by its own words, the file's extraction failed.
 */
@WebIntegrationTest
class FileTextSearchIT {

    /** The extraction queue is shared with every other test on the database: it may be busy. */
    static final Duration FOUND_WITHIN = Duration.ofMinutes(2);
    static final ZoneId PKT = ZoneId.of("Asia/Karachi");

    @LocalServerPort
    int port;

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
    EngagementService engagements;
    @Autowired
    FileTexts fileTexts;

    private ApiClient api;

    @BeforeEach
    void ready() {
        api = new ApiClient(port);
        await().atMost(Duration.ofSeconds(90)).until(() -> maintenance.status().ready()
                && Fixtures.as(Fixtures.systemAdministrator(), () -> search.status().ready()));
    }

    static String word(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    RecordResults records(MashwaraUser user, String words) {
        return Fixtures.as(user, () -> search.search(SearchQuery.of(words), RecordFilter.ALL).records());
    }

    /** Waits until the user finds exactly one record by the word, and returns what was found. */
    RecordResults awaitOne(MashwaraUser user, String word) {
        await().atMost(FOUND_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> records(user, word).total() == 1);
        return records(user, word);
    }

    /** The records part of {@code GET /api/search} as the user gets it: the number found and the first hit's kind. */
    void assertApiFinds(MashwaraUser user, String word, RecordKind kind, String link) {
        var found = api.get("/api/search?q=" + word, as(user.getUsername()));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.<Integer>json("$.records.total")).isEqualTo(1);
        assertThat(found.<String>json("$.records.hits[0].kind")).isEqualTo(kind.name());
        assertThat(found.<String>json("$.records.hits[0].link")).isEqualTo(link);
        assertThat(found.<String>json("$.records.hits[0].snippet")).contains("<mark>" + word + "</mark>");
    }

    void assertApiFindsNothing(MashwaraUser user, String word) {
        var found = api.get("/api/search?q=" + word, as(user.getUsername()));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.<Integer>json("$.records.total")).isZero();
        assertThat(found.<List<Object>>json("$.records.hits")).isEmpty();
    }

    void assertNothing(MashwaraUser user, String word) {
        var found = records(user, word);
        assertThat(found.total()).as(user.getUsername()).isZero();
        assertThat(found.hits()).as(user.getUsername()).isEmpty();
        assertThat(found.facets()).as(user.getUsername()).allMatch(f -> f.values().isEmpty());
    }

    String body(CommitteeType type) {
        var code = "F" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        Fixtures.as(Fixtures.systemAdministrator(), () -> directory.createCommittee(
                new CommitteeForm(code, "File text body " + code, null, type, null, true)));
        return code;
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void a_letter_is_found_by_a_word_in_its_file_and_an_entry_by_a_word_in_its_evidence() {
        var office = body(CommitteeType.OFFICE);
        var lead = body(CommitteeType.MINISTRY);
        var stranger = body(CommitteeType.DIVISION);
        var monitor = fixtures.user(office, Role.PMO_MONITOR);
        var leadOfficer = fixtures.user(lead, Role.COMMITTEE_OFFICER);
        var strangerOfficer = fixtures.user(stranger, Role.COMMITTEE_OFFICER);
        var inLetter = word("fl");
        var inEvidence = word("fe");
        var letterPdf = TestDocuments.pdf("Letter", "The Ministry shall report on " + inLetter + " every month.");
        var evidenceDocx = TestDocuments.docx("Minutes", "The meeting agreed on " + inEvidence + ".");
        var direction = new NewDirection("1", "Frame the rules within a month.", null,
                Timeline.within(1, Timeline.Unit.MONTHS), "Lead", false, fixtures.committee(lead), List.of(), List.of(),
                List.of());
        var letter = Fixtures.as(monitor, () -> letters.register(new NewLetter(fixtures.committee(office),
                "No. " + UUID.randomUUID().toString().substring(0, 6) + "/F/2026", LocalDate.now(PKT).minusDays(2),
                Fixtures.unique("Rules"), Classification.UNCLASSIFIED, Priority.IMMEDIATE, false, "2. Action.",
                "Joint Secretary", List.of(NewAddressee.body(fixtures.committee(lead), null)), List.of(direction)),
                new EvidenceFile("letter.pdf", () -> new ByteArrayInputStream(letterPdf))));
        var directionId = letter.directions().getFirst().id();
        var entry = Fixtures.as(leadOfficer, () -> progress.record(directionId, new NewProgress(LocalDate.now(PKT),
                ProgressStatus.IN_PROGRESS, "Met the stakeholders.", "The draft.", 30, null, null, false,
                List.of(new EvidenceFile("minutes.docx", () -> new ByteArrayInputStream(evidenceDocx))))));

        var byLetter = awaitOne(monitor, inLetter);
        assertThat(byLetter.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(RecordKind.LETTER);
            assertThat(hit.id()).isEqualTo(letter.letter().id());
            assertThat(hit.snippetHtml()).contains("<mark>" + inLetter + "</mark>");
            assertThat(hit.matchedFile()).isEqualTo("letter.pdf");
        });
        assertApiFinds(monitor, inLetter, RecordKind.LETTER, "directions/letters/" + letter.letter().id());

        var byEvidence = awaitOne(leadOfficer, inEvidence);
        assertThat(byEvidence.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(RecordKind.PROGRESS);
            assertThat(hit.id()).isEqualTo(entry.id());
            assertThat(hit.matchedFile()).isEqualTo("minutes.docx");
        });
        // found by its own words, the entry names no file
        var ownWords = Fixtures.as(leadOfficer, () -> search.search(SearchQuery.of("\"Met the stakeholders\""),
                new RecordFilter(java.util.Set.of(RecordKind.PROGRESS), java.util.Set.of(lead), java.util.Set.of())))
                .records();
        assertThat(ownWords.hits()).filteredOn(h -> h.id() == entry.id()).singleElement()
                .satisfies(hit -> assertThat(hit.matchedFile()).isNull());
        // found by its own words and its file's at once: not "found in the file", as its own words say it too
        var both = Fixtures.as(leadOfficer, () -> search.search(SearchQuery.of("stakeholders OR " + inEvidence),
                new RecordFilter(java.util.Set.of(RecordKind.PROGRESS), java.util.Set.of(lead), java.util.Set.of())))
                .records();
        assertThat(both.hits()).filteredOn(h -> h.id() == entry.id()).singleElement().satisfies(hit -> {
            assertThat(hit.snippetHtml()).contains("<mark>stakeholders</mark>");
            assertThat(hit.matchedFile()).isNull();
        });
        assertApiFinds(leadOfficer, inEvidence, RecordKind.PROGRESS, "directions/" + directionId);

        // a body the letter does not name finds neither, by either way
        assertNothing(strangerOfficer, inLetter);
        assertNothing(strangerOfficer, inEvidence);
        assertApiFindsNothing(strangerOfficer, inLetter);
    }

    @Test
    void an_answer_is_found_by_its_file_by_those_who_read_it_and_not_by_another_body_it_is_not_shared_with() {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var fia = fixtures.user("FIA", Role.COMMITTEE_OFFICER);
        var pta = fixtures.user("PTA", Role.COMMITTEE_OFFICER);
        var inFile = word("fa");
        var pdf = TestDocuments.pdf("Figures", "Complaints about " + inFile + ": 1,204.");
        var id = Fixtures.as(secretary, () -> requests.create(new NewDataRequest(Fixtures.unique("Complaints"),
                "How many complaints were received?", "For the NSMCWG's advice.", FormWanted.TABLE,
                Classification.CONFIDENTIAL, Priority.IMMEDIATE, 10, null, null, List.of("MOIT", "FIA"))));
        Fixtures.as(moit, () -> requests.answer(id, "MOIT", "The figures are attached.", false, null, false,
                List.of(new AnswerUpload("figures.pdf", () -> new ByteArrayInputStream(pdf)))));

        var found = awaitOne(secretary, inFile);
        assertThat(found.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(RecordKind.ANSWER);
            assertThat(hit.path()).isEqualTo("data-requests/" + id);
            assertThat(hit.snippetHtml()).contains("<mark>" + inFile + "</mark>");
            assertThat(hit.matchedFile()).isEqualTo("figures.pdf");
        });
        assertApiFinds(secretary, inFile, RecordKind.ANSWER, "data-requests/" + id);
        assertThat(api.get("/api/search?q=" + inFile, as(secretary.getUsername())).<String>json(
                "$.records.hits[0].matchedFile")).isEqualTo("figures.pdf");
        assertThat(records(moit, inFile).total()).isEqualTo(1);
        // the other body asked: the answer is not shared with it, so its file's words find nothing, not even a count
        assertNothing(fia, inFile);
        assertApiFindsNothing(fia, inFile);
        // a body not asked
        assertNothing(pta, inFile);
        assertApiFindsNothing(pta, inFile);
    }

    @Test
    void an_engagement_is_found_by_a_word_in_a_document_exchanged_by_its_parties_only() {
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var moib = fixtures.user("MOIB", Role.COMMITTEE_OFFICER);
        var inDocument = word("fd");
        var docx = TestDocuments.docx("Letter from Google", "We propose a liaison office for " + inDocument + ".");
        var logged = Fixtures.as(member, () -> engagements.log(new NewEngagement("Google", EngagementKind.MEETING,
                LocalDate.now(PKT).minusDays(1), Fixtures.unique("Liaison office"), null, "NSMCWG focal person",
                "Director, Government Affairs", "A liaison office.", null, null, "7", null, List.of("MOIT"))));
        Fixtures.as(member, () -> engagements.addDocument(logged.id(), DocumentDirection.RECEIVED, "proposal.docx",
                new ByteArrayInputStream(docx)));

        var found = awaitOne(member, inDocument);
        assertThat(found.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(RecordKind.ENGAGEMENT);
            assertThat(hit.id()).isEqualTo(logged.id());
            assertThat(hit.matchedFile()).isEqualTo("proposal.docx");
        });
        assertApiFinds(member, inDocument, RecordKind.ENGAGEMENT, "engagements/" + logged.id());
        assertThat(records(moit, inDocument).total()).isEqualTo(1);
        assertNothing(moib, inDocument);
        assertApiFindsNothing(moib, inDocument);
    }

    @Test
    void a_file_that_cannot_be_read_fails_and_leaves_its_record_found_by_its_own_words() throws Exception {
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var moit = fixtures.user("MOIT", Role.COMMITTEE_OFFICER);
        var ownWord = word("fo");
        // a PDF's signature, so that the store accepts it as a PDF, then noise no parser can read
        var noise = new byte[4096];
        new SecureRandom().nextBytes(noise);
        var broken = new byte[9 + noise.length];
        System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, broken, 0, 9);
        System.arraycopy(noise, 0, broken, 9, noise.length);
        var sha = sha256(broken);
        var id = Fixtures.as(secretary, () -> requests.create(new NewDataRequest(Fixtures.unique("Takedowns"),
                "How many takedown requests were made?", "For the NSMCWG's advice.", FormWanted.FIGURES,
                Classification.RESTRICTED, Priority.PRIORITY, 10, null, null, List.of("MOIT"))));
        Fixtures.as(moit, () -> requests.answer(id, "MOIT", "The register of " + ownWord + " is attached.", false,
                null, false, List.of(new AnswerUpload("register.pdf", () -> new ByteArrayInputStream(broken)))));

        await().atMost(FOUND_WITHIN).pollInterval(Duration.ofMillis(500))
                .until(() -> fileTexts.texts(List.of(sha), 100).get(sha).status().isFinal());
        var file = fileTexts.texts(List.of(sha), 100).get(sha);
        assertThat(file.status()).isEqualTo(ExtractionStatus.FAILED);
        assertThat(file.reason()).isEqualTo(ExtractionReason.DAMAGED);
        assertThat(file.text()).isEmpty();
        // the answer is still found by its own words, after the failed file's records were indexed again
        var found = awaitOne(secretary, ownWord);
        assertThat(found.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(RecordKind.ANSWER);
            assertThat(hit.matchedFile()).isNull();
        });
        assertApiFinds(secretary, ownWord, RecordKind.ANSWER, "data-requests/" + id);
    }
}
