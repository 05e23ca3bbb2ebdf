package pk.gov.mashwara.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

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
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.UserForm;
import pk.gov.mashwara.draft.DraftFilter;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.engagement.CommitmentStatus;
import pk.gov.mashwara.engagement.CommitmentService;
import pk.gov.mashwara.engagement.DocumentDirection;
import pk.gov.mashwara.engagement.EngagementKind;
import pk.gov.mashwara.engagement.EngagementService;
import pk.gov.mashwara.engagement.NewCommitment;
import pk.gov.mashwara.engagement.NewEngagement;
import pk.gov.mashwara.routing.ClearanceService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.security.RunAs;

/**
 * Seeds the engagement log once, after {@link DemoDataSeeder} (it does nothing if {@code nsa.lead} exists): the NSA's
 * lead, direction 7's negotiation with Google on a liaison office as a thread of three engagements he leads, one
 * engagement with TikTok, and their commitments, open ones among them and one overdue. Every step runs as the demo
 * user who would take it, through the ordinary services and their checks.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "mashwara.demo.enabled", havingValue = "true")
class DemoEngagements {

    private static final Logger log = LoggerFactory.getLogger(DemoEngagements.class);
    static final String LETTER = "No. 1(1)/AS-II/2021";

    private final DirectoryService directory;
    private final EngagementService engagements;
    private final CommitmentService commitments;
    private final DraftService drafts;
    private final ClearanceService clearances;
    private final UserDetailsService userDetails;
    private final String password;

    DemoEngagements(DirectoryService directory, EngagementService engagements, CommitmentService commitments,
            DraftService drafts, ClearanceService clearances, UserDetailsService userDetails,
            @Value("${mashwara.demo.password}") String password) {
        this.directory = directory;
        this.engagements = engagements;
        this.commitments = commitments;
        this.drafts = drafts;
        this.clearances = clearances;
        this.userDetails = userDetails;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    public void seed() {
        if (exists("nsa.lead") || !exists("focal.person")) {
            return;
        }
        log.info("Creating the demonstration engagements with the companies");
        RunAs.user(RunAs.systemAdministrator(), () -> {
            var nsd = directory.committeeByCode("NSD").orElseThrow().id();
            directory.createUser(new UserForm("nsa.lead", "Lt. Gen. (R) Asim Raza (NSA’s lead)",
                    "nsa.lead@mashwara.example.gov.pk", nsd, EnumSet.of(Role.NSA_LEAD), true, password));
        });
        var nsa = as("nsa.lead");
        var focal = as("focal.person");
        var today = LocalDate.now(ZoneId.of("Asia/Karachi"));
        var cleared = RunAs.user(focal, this::clearedMoitDraft);

        var letter = RunAs.user(nsa, () -> engagements.log(new NewEngagement("Google", EngagementKind.LETTER_SENT,
                today.minusDays(62), "Proposal for a Google liaison office in Islamabad", "nsa.lead",
                "National Security Adviser’s lead; NSMCWG focal person (Dr. Sana Qureshi)",
                "Director, Government Affairs and Public Policy, South Asia",
                "Direction 7 of the PMO’s letter: the government invites Google to open a liaison office in Pakistan, "
                        + "staffed to receive lawful requests and complaints from Pakistani users.\n"
                        + "Timelines for a reply and a first meeting.",
                "A liaison office with a named grievance officer in Pakistan; requests answered within the "
                        + "timelines of the Removal and Blocking of Unlawful Online Content Rules.",
                cleared, "7", LETTER, List.of("MOIT", "MOFA"))));
        RunAs.user(nsa, () -> engagements.addDocument(letter.id(), DocumentDirection.SENT,
                "letter-to-google-liaison-office.txt", new ByteArrayInputStream(("Government of Pakistan\n"
                        + "National Security Division\n\nSubject: Liaison office of Google in Pakistan\n\n"
                        + "In pursuance of direction 7 of the Prime Minister's Office letter " + LETTER + ", the "
                        + "Government invites Google to establish a liaison office in Islamabad.\n")
                        .getBytes(StandardCharsets.UTF_8))));

        var meeting = RunAs.user(nsa, () -> engagements.log(new NewEngagement("Google", EngagementKind.MEETING,
                today.minusDays(31), "Meeting with Google on the liaison office", "nsa.lead",
                "NSA’s lead; NSMCWG focal person; Additional Secretary, MoIT; Director General, PTA",
                "Director, Government Affairs and Public Policy, South Asia; Legal Counsel, YouTube",
                "The liaison office’s mandate and staffing; handling of lawful requests from the PTA; YouTube’s "
                        + "local complaints channel.",
                "The NSMCWG asked for a dated plan for the office and a grievance officer resident in Pakistan.",
                null, "7", LETTER, List.of("MOIT", "PTA"))));
        RunAs.user(nsa, () -> {
            engagements.addCommitment(meeting.id(), new NewCommitment(null,
                    "Share a dated plan for the liaison office in Islamabad, with its staffing.", today.minusDays(10)));
            engagements.addCommitment(meeting.id(), new NewCommitment("PTA",
                    "Send Google the list of pending blocking requests older than 30 days.", today.minusDays(20)));
            engagements.addCommitment(meeting.id(), new NewCommitment("MOIT",
                    "Brief Google in writing on the registration requirement of the draft rules.", today.plusDays(14)));
            return null;
        });
        // the PTA sent its list: that commitment is done
        var pta = as("pta.officer");
        RunAs.user(pta, () -> commitments.list(new pk.gov.mashwara.engagement.CommitmentFilter("PTA",
                CommitmentStatus.OPEN, false)).stream().findFirst().map(c -> commitments.followUp(c.id(),
                        CommitmentStatus.DONE, "List of 212 pending requests sent by e-mail to Google’s legal team.")));

        RunAs.user(nsa, () -> engagements.log(new NewEngagement("Google", EngagementKind.CALL, today.minusDays(6),
                "Call with Google on the timeline of the liaison office", "nsa.lead", "NSA’s lead; NSMCWG focal person",
                "Director, Government Affairs and Public Policy, South Asia",
                "Google asked for more time for the plan of the office; the government asked for an interim contact.",
                "An interim contact point within two weeks; the plan not later than the end of the quarter.", null, "7",
                LETTER, List.of())));

        var tiktok = RunAs.user(focal, () -> engagements.log(new NewEngagement("TikTok", EngagementKind.MEETING,
                today.minusDays(18), "Meeting with TikTok on content moderation in Urdu and regional languages", null,
                "NSMCWG focal person; member from the Ministry of Foreign Affairs; Director General, PTA",
                "Head of Public Policy, Pakistan; Trust and Safety Lead, South Asia",
                "Moderators for Urdu, Punjabi, Pashto and Sindhi; transparency data on requests from Pakistan.",
                "The NSMCWG asked for quarterly figures on requests from Pakistan and time taken to act.", null, "1",
                LETTER, List.of("PTA"))));
        RunAs.user(focal, () -> engagements.addCommitment(tiktok.id(), new NewCommitment(null,
                "Quarterly transparency figures on requests from Pakistan, with the time taken to act.",
                today.plusDays(30))));
        log.info("Demonstration engagements ready: 4 engagements, 5 commitments");
    }

    /** MoIT's demo draft, cleared by the focal person on its way to the consultations; null when there is none. */
    private Long clearedMoitDraft() {
        var moit = directory.committeeByCode("MOIT").orElseThrow().id();
        return drafts.list(new DraftFilter(moit, null, null, null), PageRequest.of(0, 20)).getContent().stream()
                .map(DraftSummary::id).filter(id -> clearances.clearance(id).isPresent()).findFirst().orElse(null);
    }

    private boolean exists(String username) {
        try {
            userDetails.loadUserByUsername(username);
            return true;
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    private MashwaraUser as(String username) {
        return (MashwaraUser) userDetails.loadUserByUsername(username);
    }
}
