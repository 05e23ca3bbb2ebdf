package pk.gov.mashwara.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.directions.EvidenceFile;
import pk.gov.mashwara.directions.Forwarding;
import pk.gov.mashwara.directions.LetterService;
import pk.gov.mashwara.directions.NewAddressee;
import pk.gov.mashwara.directions.NewDirection;
import pk.gov.mashwara.directions.NewLetter;
import pk.gov.mashwara.directions.NewProgress;
import pk.gov.mashwara.directions.NewReceipt;
import pk.gov.mashwara.directions.ProgressService;
import pk.gov.mashwara.directions.ProgressStatus;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.UserForm;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftFilter;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.security.RunAs;
import pk.gov.mashwara.shared.ConflictException;

/**
 * Opens the demonstration with the real letter (after {@link DemoDataSeeder}, on the first start that finds no
 * PMO monitor): the PMO letter of 4 October 2021 with its eight directions, addressees and copies; the Ministry of
 * Defence's U.O. forwarding it and the Military Accountant General's circular below it, with their receipts; and a
 * plausible state of progress (most directions done with evidence, direction 5 overdue, direction 4 ongoing,
 * direction 6 done only lately, when the Cabinet Division shared its drafts; direction 6 and item B linked to the
 * drafts they produced). Every step runs as the demo user who would take it.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "mashwara.demo.enabled", havingValue = "true")
class DemoDirections {

    private static final Logger log = LoggerFactory.getLogger(DemoDirections.class);

    static final List<DemoDataSeeder.DemoUser> USERS = List.of(
            new DemoDataSeeder.DemoUser("pmo.monitor", "Tariq Mahmood (Additional Secretary-II)", "PMO",
                    EnumSet.of(Role.PMO_MONITOR)),
            new DemoDataSeeder.DemoUser("nsa.officer", "Col. (R) Asim Raza (Director, NSA's office)", "NSA",
                    EnumSet.of(Role.COMMITTEE_OFFICER)),
            new DemoDataSeeder.DemoUser("defence.officer", "Faisal Nadeem (Section Officer D-18)", "DEFENCE",
                    EnumSet.of(Role.COMMITTEE_OFFICER)),
            new DemoDataSeeder.DemoUser("mag.officer", "Khalid Mehmood (Accounts Officer)", "MAG",
                    EnumSet.of(Role.COMMITTEE_OFFICER)));

    private final DirectoryService directory;
    private final LetterService letters;
    private final ProgressService progress;
    private final pk.gov.mashwara.directions.ProgressReports reports;
    private final DraftService drafts;
    private final UserDetailsService userDetails;
    private final String password;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    DemoDirections(DirectoryService directory, LetterService letters, ProgressService progress,
            pk.gov.mashwara.directions.ProgressReports reports, DraftService drafts, UserDetailsService userDetails,
            @Value("${mashwara.demo.password}") String password, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.directory = directory;
        this.letters = letters;
        this.progress = progress;
        this.drafts = drafts;
        this.userDetails = userDetails;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void seed() {
        if (!exists("moit.drafter") || (exists("pmo.monitor")
                && !RunAs.user(as("pmo.monitor"), () -> letters.letters()).isEmpty())) {
            return;
        }
        log.info("Loading the PMO letter of 4 October 2021, its cascade and the progress on its directions");
        RunAs.user(RunAs.systemAdministrator(), () -> USERS.stream().filter(u -> !exists(u.username()))
                .forEach(this::createUser));
        try {
            var letterId = register();
            circulate(letterId);
            progress(letterId);
            reports(letterId);
            log.info("Directions ready: {} directions of {}", DemoLetter.DIRECTIONS.size(), DemoLetter.REFERENCE);
        } catch (RuntimeException e) {
            // the portal still starts; what was loaded stays (each step is its own transaction)
            log.warn("The demonstration letter could not be loaded completely", e);
        }
    }

    private long register() {
        var directions = new ArrayList<NewDirection>();
        var defamation = draftTitled("LAW", "Defamation (Amendment) Bill");
        var shared = sharedDrafts();
        for (var item : DemoLetter.DIRECTIONS) {
            var links = switch (item.label()) {
                case "6" -> shared;
                case "B" -> defamation.map(List::of).orElse(List.of());
                default -> List.<Long>of();
            };
            directions.add(new NewDirection(item.label(), item.text(), item.timelineText(), item.timeline(),
                    item.actionBy(), item.allBodies(), item.lead() == null ? null : body(item.lead()),
                    item.supporting().stream().map(this::body).toList(), links, List.of()));
        }
        var addressees = List.of(NewAddressee.body(body("NSA"), "National Security Advisor, Islamabad"),
                new NewAddressee(null, true, "Secretaries, All Ministries/Divisions", false),
                NewAddressee.body(body("PTA"), "Chairman, PTA"), NewAddressee.body(body("PEMRA"), "Chairman, PEMRA"),
                NewAddressee.copy(null, "JS (IA-I)"), NewAddressee.copy(null, "JS to SPM"));
        var file = new EvidenceFile("PMO-letter-1(1)-AS-II-2021.txt",
                () -> new ByteArrayInputStream(DemoLetter.asText().getBytes(StandardCharsets.UTF_8)));
        return RunAs.user(as("pmo.monitor"), () -> letters.register(new NewLetter(body("PMO"), DemoLetter.REFERENCE,
                DemoLetter.DATE, DemoLetter.SUBJECT, Classification.UNCLASSIFIED, Priority.IMMEDIATE, true,
                DemoLetter.OPENING + "\n\n" + DemoLetter.PARAGRAPH_2, DemoLetter.SIGNED_BY, addressees, directions),
                file)).letter().id();
    }

    /** The receipt stamps on the copy, the MoD's U.O. and the MAG's circular. */
    private void circulate(long letterId) {
        receipt("defence.officer", letterId, "7344/Secy/21", LocalDate.of(2021, 10, 5));
        receipt("pta.officer", letterId, "3334", LocalDate.of(2021, 10, 6));
        receipt("nsa.officer", letterId, "1274", LocalDate.of(2021, 10, 7));
        receipt("pemra.officer", letterId, "1925 12-11", LocalDate.of(2021, 10, 7));
        receipt("moit.officer", letterId, "MoITT/D-4512", LocalDate.of(2021, 10, 5));
        var named = new ArrayList<NewAddressee>();
        for (var office : List.of("Surveyor General of Pakistan", "DG Military Lands & Cantonments", "DG FGEIs",
                "DG Pakistan Armed Services Board")) {
            named.add(NewAddressee.named(office));
        }
        named.add(NewAddressee.body(body("MAG"), "MAG, Pakistan Military Accounts Department"));
        for (var office : List.of("DG Pakistan Maritime Security Agency", "JSHQ", "GHQ", "AHQ", "NHQ", "ISI")) {
            named.add(NewAddressee.named(office));
        }
        named.add(NewAddressee.copy(null, "Joint Secretaries, Ministry of Defence"));
        named.add(NewAddressee.copy(body("PMO"),
                "Additional Secretary-II, Prime Minister's Office (w.r.t. their letter quoted above)"));
        var uo = RunAs.user(as("defence.officer"), () -> letters.forward(letterId, new Forwarding(
                "U.O. No. 5/13/D-18/2021", LocalDate.of(2021, 10, 11), "A copy of the Prime Minister's Office letter "
                        + DemoLetter.REFERENCE + " dated 04-10-2021 is forwarded herewith for information and "
                        + "compliance, please.", "Section Officer (D-18)", named))).letter().id();
        receipt("mag.officer", uo, "AN/2291", LocalDate.of(2021, 10, 14));
        RunAs.user(as("mag.officer"), () -> letters.forward(uo, new Forwarding("No. 838/AN/0147-IX",
                LocalDate.of(2021, 10, 27), "The Prime Minister's Office letter " + DemoLetter.REFERENCE + " dated "
                        + "04-10-2021, received vide Ministry of Defence U.O. No. 5/13/D-18/2021 dated 11/10/2021, is "
                        + "enclosed for information and compliance.", "Accounts Officer",
                List.of(NewAddressee.named("Deputy Military Accountant General"), NewAddressee.named("All Controllers"),
                        NewAddressee.copy(body("DEFENCE"), "Section Officer (D-7), Ministry of Defence"),
                        NewAddressee.copy(null, "Five local offices of the Pakistan Military Accounts Department")))));
    }

    private void progress(long letterId) {
        var details = RunAs.user(as("pmo.monitor"), () -> letters.letter(letterId));
        Map<String, Long> ids = new java.util.HashMap<>();
        details.directions().forEach(d -> ids.put(d.label(), d.id()));
        // 1: the working group formed; its formation recorded, from which directions 5 and 6 fall due
        entry("pmo.monitor", ids.get("1"), LocalDate.of(2021, 10, 20), ProgressStatus.DONE,
                "The NSMCWG was constituted by notification with all relevant stakeholders as members.", null, 100,
                "NSMCWG notified", "nsmcwg-constitution-notification.txt",
                "Notification: the National Social Media Coordination Working Group is constituted with effect from "
                        + "20-10-2021.");
        RunAs.user(as("pmo.monitor"), () -> letters.recordEvent(letterId, DemoLetter.FORMATION, LocalDate.of(2021, 10, 20)));
        // 3: the working group recommended the focal person's name by consensus
        RunAs.user(as("nsmcwg.secretary"), () -> letters.recordEvent(letterId, DemoLetter.NOMINATIONS,
                LocalDate.of(2021, 11, 15)));
        entry("nsmcwg.secretary", ids.get("3"), LocalDate.of(2021, 11, 22), ProgressStatus.DONE,
                "The NSMCWG recommended the focal person's name to the Prime Minister after forming consensus.", null,
                100, "Name recommended", "nsmcwg-focal-person-recommendation.txt",
                "Minutes of the NSMCWG meeting of 22-11-2021: the name of the focal person is recommended.");
        // 4: ongoing; MoIT and the PTA report the data they shared
        entry("moit.drafter", ids.get("4"), today().minusDays(16), ProgressStatus.IN_PROGRESS,
                "Platform takedown statistics for the quarter shared with the NSMCWG on its request.",
                "Next quarter's figures when requested.", null, null, null, null);
        entry("pta.officer", ids.get("4"), today().minusDays(11), ProgressStatus.IN_PROGRESS,
                "Complaint data of the web analysis division shared with the NSMCWG.", null, null, null, null, null);
        // 5: MoIT and MoIB have instructed their officers; the other ministries have not reported (overdue)
        entry("moit.officer", ids.get("5"), LocalDate.of(2021, 11, 1), ProgressStatus.DONE,
                "Instructions issued that only MoIT or the NSMCWG's spokesperson speaks on engagement with social "
                        + "media companies.", null, 100, null, "moit-spokesperson-instructions.txt",
                "Office order: statements concerning social media companies are issued only by the spokesperson.");
        confirm("pmo.monitor", ids.get("5"), LocalDate.of(2021, 11, 4));
        entry("moib.officer", ids.get("5"), LocalDate.of(2021, 11, 3), ProgressStatus.IN_PROGRESS,
                "Draft office order circulated to attached departments.", "Issue of the office order.", 60, null,
                null, null);
        // 6: the six committees share their drafts; MoIT, the lead, confirms
        entry("moit.officer", ids.get("6"), LocalDate.of(2021, 12, 1), ProgressStatus.DONE,
                "MoIT's drafts are shared with the NSMCWG through the portal before submission.", null, 100, null,
                "moit-drafts-shared.txt", "List of MoIT drafts shared with the NSMCWG for input.");
        for (var code : List.of("moib", "pta", "pemra", "law")) {
            entry(code + ".officer", ids.get("6"), LocalDate.of(2021, 12, 2), ProgressStatus.DONE,
                    "Our drafts touching social media are shared with the NSMCWG for input before submission.", null,
                    100, null, code + "-drafts-shared.txt", "Drafts shared with the NSMCWG: see the portal's register.");
        }
        confirm("moit.officer", ids.get("6"), LocalDate.of(2021, 12, 6));
        // the Cabinet Division shared its drafts only lately, and MoIT confirmed a few days later: the compliance
        // chart over the last weeks shows direction 6 turn from amber to green
        entry("cabinet.officer", ids.get("6"), LocalDate.of(2021, 12, 2), ProgressStatus.IN_PROGRESS,
                "The Cabinet Division's drafts touching social media are being listed for the NSMCWG.",
                "Sharing the drafts once the list is complete.", 40, null, null, null);
        entry("cabinet.officer", ids.get("6"), today().minusDays(38), ProgressStatus.DONE,
                "The Cabinet Division's drafts touching social media are shared with the NSMCWG for input before "
                        + "submission.", null, 100, null, "cabinet-drafts-shared.txt",
                "Drafts of the Cabinet Division shared with the NSMCWG: see the portal's register.");
        confirm("moit.officer", ids.get("6"), today().minusDays(35));
        // 7: the NSA's office held the negotiations; the NSMCWG supported
        entry("nsa.officer", ids.get("7"), LocalDate.of(2021, 10, 15), ProgressStatus.DONE,
                "Negotiations held with Google on opening a liaison office in Pakistan; minutes issued.", null, 100,
                "Minutes issued", "nsa-google-liaison-minutes.txt",
                "Minutes of the meeting with Google's representatives on a liaison office.");
        entry("nsmcwg.secretary", ids.get("7"), LocalDate.of(2021, 10, 14), ProgressStatus.DONE,
                "NSMCWG members briefed the NSA's office before the negotiations.", null, 100, null,
                "nsmcwg-briefing-note.txt", "Briefing note for the negotiations with Google.");
        confirm("nsa.officer", ids.get("7"), LocalDate.of(2021, 10, 16));
        // B: the Law Division reviewed the defamation law and proposed the amendment Bill
        entry("law.officer", ids.get("B"), LocalDate.of(2021, 11, 3), ProgressStatus.DONE,
                "Defamation laws reviewed with the UK Defamation Act 2013; amendments proposed as the Defamation "
                        + "(Amendment) Bill.", null, 100, "Bill proposed", "law-defamation-review.txt",
                "Review of the Defamation Ordinance, 2002 and the UK Defamation Act 2013, with proposed amendments.");
    }

    /**
     * Progress reports fall due fortnightly, counted from ten days ago; MoIT has signed off and sent its report up
     * to yesterday (the others' fall due in four days).
     */
    private void reports(long letterId) {
        RunAs.user(as("pmo.monitor"), () -> reports.schedule(letterId,
                pk.gov.mashwara.directions.ReportEvery.FORTNIGHTLY, today().minusDays(10)));
        var report = RunAs.user(as("moit.officer"), () -> reports.signOff(letterId, DemoLetter.DATE,
                today().minusDays(1), "MoITT/D-5120"));
        RunAs.user(as("moit.officer"), () -> reports.recordSent(letterId, report.id(), today()));
    }

    /**
     * The lead (or the issuing office, on a direction without one) confirms the reports of done not yet confirmed,
     * as it did on {@code on}: the demo records in one start what happened over months, so the confirmation is
     * dated as the entries are, for the compliance chart over time to show it then.
     */
    private void confirm(String username, long directionId, LocalDate on) {
        var confirmed = RunAs.user(as(username), () -> progress.direction(directionId).entries().stream()
                .filter(e -> e.status() == ProgressStatus.DONE && e.confirmedBy() == null)
                .map(e -> progress.confirm(e.id()).id()).toList());
        var at = java.sql.Timestamp.from(on.atTime(11, 0).atZone(java.time.ZoneId.of("Asia/Karachi")).toInstant());
        for (var id : confirmed) {
            jdbc.update("UPDATE dir_progress SET confirmed_at = ? WHERE id = ?", ps -> {
                ps.setTimestamp(1, at, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
                ps.setLong(2, id);
            });
        }
    }

    private void entry(String username, long directionId, LocalDate date, ProgressStatus status, String done,
            String remains, Integer percent, String milestone, String fileName, String fileText) {
        var evidence = fileName == null ? List.<EvidenceFile>of() : List.of(new EvidenceFile(fileName,
                () -> new ByteArrayInputStream(fileText.getBytes(StandardCharsets.UTF_8))));
        RunAs.user(as(username), () -> progress.record(directionId, new NewProgress(date, status, done, remains,
                percent, milestone, null, false, evidence)));
    }

    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Asia/Karachi"));
    }

    private void receipt(String username, long letterId, String diary, LocalDate on) {
        RunAs.user(as(username), () -> letters.recordReceipt(letterId, new NewReceipt(diary, on)));
    }

    private java.util.Optional<Long> draftTitled(String committee, String prefix) {
        return RunAs.user(as(committee.toLowerCase(java.util.Locale.ROOT) + ".drafter"), () -> drafts
                .list(DraftFilter.none(), PageRequest.of(0, 100)).stream()
                .filter(d -> d.title().startsWith(prefix)).map(DraftSummary::id).findFirst());
    }

    /** The demo drafts shared with the NSMCWG (submitted or further), as its secretary sees them. */
    private List<Long> sharedDrafts() {
        return RunAs.user(as("nsmcwg.secretary"), () -> drafts.list(DraftFilter.none(), PageRequest.of(0, 100))
                .stream().filter(d -> d.status() != DraftStatus.DRAFT).map(DraftSummary::id).sorted().toList());
    }

    private long body(String code) {
        return RunAs.user(RunAs.systemAdministrator(), () -> directory.committeeByCode(code).orElseThrow().id());
    }

    private void createUser(DemoDataSeeder.DemoUser user) {
        var committee = directory.committeeByCode(user.committee()).orElseThrow().id();
        try {
            directory.createUser(new UserForm(user.username(), user.displayName(),
                    user.username() + "@mashwara.example.gov.pk", committee, user.roles(), true, password, null));
        } catch (ConflictException e) {
            log.warn("Demo user {} not created: {}", user.username(), e.getMessage());
        }
    }

    private boolean exists(String username) {
        try {
            userDetails.loadUserByUsername(username);
            return true;
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            return false;
        }
    }

    private MashwaraUser as(String username) {
        return (MashwaraUser) userDetails.loadUserByUsername(username);
    }
}
