package pk.gov.mashwara.demo;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.demo.documents.DemoDocument;
import pk.gov.mashwara.demo.documents.DemoDocuments;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.UserForm;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.security.RunAs;
import pk.gov.mashwara.shared.ConflictException;

/**
 * Seeds the demonstration installation once (it does nothing if {@code moit.drafter} exists). Every step runs
 * as the demo user who would take it, through the ordinary services and their permission checks.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "mashwara.demo.enabled", havingValue = "true")
class DemoDataSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    /**
     * The demo users: user name, name, committee code (null for none), roles and, for a member of the NSMCWG, the
     * code of the organisation they come from (null for none).
     */
    record DemoUser(String username, String displayName, String committee, Set<Role> roles, String home) {

        DemoUser(String username, String displayName, String committee, Set<Role> roles) {
            this(username, displayName, committee, roles, null);
        }
    }

    /**
     * The officers the Secretary has designated to vet the Division's own drafts (Rule 5): the Law Division's own Bill
     * is vetted by its legislative drafting wing, not by the officer who put it up.
     */
    static final Set<String> DESIGNATES = Set.of("law.designate");

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Portal Administrator", null, EnumSet.of(Role.ADMIN)),
            new DemoUser("auditor", "Ayesha Siddiqui (Auditor)", null, EnumSet.of(Role.AUDITOR)),
            new DemoUser("focal.person", "Dr. Sana Qureshi", "NSMCWG", EnumSet.of(Role.FOCAL_PERSON)),
            new DemoUser("nsmcwg.secretary", "Kamran Akhtar", "NSMCWG", EnumSet.of(Role.NSMCWG_SECRETARY)),
            new DemoUser("nsmcwg.member", "Farah Naz", "NSMCWG", EnumSet.of(Role.NSMCWG_MEMBER), "MOFA"),
            new DemoUser("nsmcwg.member2", "Bilal Ahmed Khan", "NSMCWG", EnumSet.of(Role.NSMCWG_MEMBER), "COMMERCE"),
            new DemoUser("nsmcwg.member3", "Sadia Rauf", "NSMCWG", EnumSet.of(Role.NSMCWG_MEMBER), "DMW"),
            new DemoUser("nsmcwg.member4", "Omar Farooq", "NSMCWG", EnumSet.of(Role.NSMCWG_MEMBER), "PTA"),
            new DemoUser("moit.drafter", "Usman Tariq", "MOIT", EnumSet.of(Role.COMMITTEE_DRAFTER)),
            new DemoUser("moit.officer", "Nadia Hussain (Joint Secretary)", "MOIT", EnumSet.of(Role.COMMITTEE_OFFICER)),
            new DemoUser("moib.drafter", "Hamza Iqbal", "MOIB", EnumSet.of(Role.COMMITTEE_DRAFTER)),
            new DemoUser("moib.officer", "Rabia Anwar (Joint Secretary)", "MOIB", EnumSet.of(Role.COMMITTEE_OFFICER)),
            new DemoUser("pta.drafter", "Zainab Malik", "PTA", EnumSet.of(Role.COMMITTEE_DRAFTER)),
            new DemoUser("pta.officer", "Imran Shah (Director General)", "PTA", EnumSet.of(Role.COMMITTEE_OFFICER)),
            new DemoUser("pemra.drafter", "Saad Rehman", "PEMRA", EnumSet.of(Role.COMMITTEE_DRAFTER)),
            new DemoUser("pemra.officer", "Maryam Javed (Executive Member)", "PEMRA", EnumSet.of(Role.COMMITTEE_OFFICER)),
            new DemoUser("law.drafter", "Asad Mehmood (Section Officer)", "LAW", EnumSet.of(Role.COMMITTEE_DRAFTER)),
            new DemoUser("law.officer", "Shazia Parveen (Draftsman)", "LAW", EnumSet.of(Role.COMMITTEE_OFFICER)),
            new DemoUser("law.designate", "Muhammad Rizwan (Joint Secretary, Legislative Drafting)", "LAW",
                    EnumSet.of(Role.COMMITTEE_OFFICER)),
            new DemoUser("cabinet.drafter", "Waqas Ali", "CABINET", EnumSet.of(Role.COMMITTEE_DRAFTER)),
            new DemoUser("cabinet.officer", "Tahira Bano (Joint Secretary)", "CABINET", EnumSet.of(Role.COMMITTEE_OFFICER)),
            new DemoUser("finance.officer", "Naveed Akram (Joint Secretary, Finance)", "FINANCE",
                    EnumSet.of(Role.COMMITTEE_OFFICER)));

    /**
     * How far a committee's first demo draft goes on the path, so that each role's desk has something on a first
     * start: the Cabinet Division's drafter has a draft, MoIB's officer one to approve, the secretary the Law
     * Division's submission to open, the members the PTA's draft under review (the PTA's drafter threads to answer),
     * the focal person PEMRA's input to clear, the Law Division MoIT's draft in its consultations. The review itself
     * is told by {@link DemoReview} once the text is there.
     */
    enum Stage {
        DRAFT, PUT_UP, SUBMITTED, REVIEW, CLEARANCE, CONSULTATIONS;

        boolean reviewed() {
            return ordinal() >= REVIEW.ordinal();
        }
    }

    static final Map<String, Stage> STAGE = Map.of("MOIT", Stage.CONSULTATIONS, "PEMRA", Stage.CLEARANCE,
            "PTA", Stage.REVIEW, "LAW", Stage.SUBMITTED, "MOIB", Stage.PUT_UP, "CABINET", Stage.DRAFT);

    private final DirectoryService directory;
    private final DraftService drafts;
    private final UserDetailsService userDetails;
    private final String password;
    private final pk.gov.mashwara.review.ReviewWindows windows;
    private final org.springframework.beans.factory.ObjectProvider<DemoReview> reviews;
    private final RoutingService routing;

    DemoDataSeeder(DirectoryService directory, DraftService drafts, UserDetailsService userDetails,
            @Value("${mashwara.demo.password}") String password, pk.gov.mashwara.review.ReviewWindows windows,
            org.springframework.beans.factory.ObjectProvider<DemoReview> reviews, RoutingService routing) {
        this.routing = routing;
        this.reviews = reviews;
        this.windows = windows;
        this.directory = directory;
        this.drafts = drafts;
        this.userDetails = userDetails;
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void seed() {
        if (seeded()) {
            return;
        }
        log.info("Creating demonstration users and drafts (password for every demo user: see README)");
        RunAs.user(RunAs.systemAdministrator(), () -> USERS.forEach(this::createUser));
        var documents = DemoDocuments.all();
        var progressed = new java.util.HashSet<String>();
        for (var document : documents) {
            seedDraft(document, progressed.add(document.committeeCode()));
        }
        log.info("Demonstration data ready: {} users, {} drafts", USERS.size(), documents.size());
    }

    private boolean seeded() {
        return exists("moit.drafter");
    }

    /** Creates a demo user unless that name exists; a second focal person is skipped, as only one may be active. */
    private void createUser(DemoUser user) {
        if (exists(user.username())) {
            return;
        }
        var committee = user.committee() == null ? null : directory.committeeByCode(user.committee()).orElseThrow().id();
        var home = user.home() == null ? null : directory.committeeByCode(user.home()).orElseThrow().id();
        try {
            directory.createUser(new UserForm(user.username(), user.displayName(),
                    user.username() + "@mashwara.example.gov.pk", committee, user.roles(), true, password, home,
                    DESIGNATES.contains(user.username())));
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

    /** The committees' own file numbers and priority marks of the demo drafts, by their document's name (the file name without its extension). */
    private static final java.util.Map<String, java.util.Map.Entry<String, pk.gov.mashwara.draft.Priority>> COVERS =
            java.util.Map.of(
                    "moit-unlawful-online-content-rules-2026",
                    java.util.Map.entry("F. No. 8-3/2026-IT&T (Legal)", pk.gov.mashwara.draft.Priority.IMMEDIATE),
                    "moit-data-sharing-protocol-2026",
                    java.util.Map.entry("F. No. 8-11/2026-DW", pk.gov.mashwara.draft.Priority.PRIORITY),
                    "pta-platform-registration-regulations-2026",
                    java.util.Map.entry("No. 14-2/2026-PTA (Reg.)", pk.gov.mashwara.draft.Priority.ROUTINE),
                    "pemra-digital-media-content-regulations-2026",
                    java.util.Map.entry("No. 5(12)/2026-PEMRA-Legal", pk.gov.mashwara.draft.Priority.ROUTINE),
                    "cabinet-digital-rights-online-safety-ordinance-2026",
                    java.util.Map.entry("F. No. 1(4)/2026-Cab.", pk.gov.mashwara.draft.Priority.MOST_IMMEDIATE),
                    "law-defamation-amendment-bill-2026",
                    java.util.Map.entry("F. No. 2(1)/2026-Legis-I", pk.gov.mashwara.draft.Priority.IMMEDIATE),
                    "moib-social-media-engagement-policy-2026",
                    java.util.Map.entry("F. No. 2(1)/2026-Pub.", pk.gov.mashwara.draft.Priority.ROUTINE));

    private void seedDraft(DemoDocument document, boolean firstOfCommittee) {
        var code = document.committeeCode().toLowerCase(java.util.Locale.ROOT);
        var drafter = as(code + ".drafter");
        var officer = as(code + ".officer");
        var committee = RunAs.user(drafter, () -> directory.committeeByCode(document.committeeCode()).orElseThrow().id());
        var cover = COVERS.get(document.fileName().replaceFirst("\\.[a-z]+$", ""));
        var created = RunAs.user(drafter, () -> drafts.create(new NewDraft(document.title(), committee,
                DraftKind.parse(document.kind(), "kind"), document.legalBasis(), document.financialImplications(),
                Classification.valueOf(document.classification()), cover == null ? null : cover.getKey(),
                cover == null ? null : cover.getValue()), document.fileName(),
                new ByteArrayInputStream(document.content())));
        if (document.revisedContent() != null) {
            RunAs.user(drafter, () -> drafts.addVersion(created.id(), document.revisedFileName(),
                    new ByteArrayInputStream(document.revisedContent())));
        }
        // Of several drafts of one committee, only the first goes beyond the draft stage
        var stage = firstOfCommittee ? STAGE.getOrDefault(document.committeeCode(), Stage.DRAFT) : Stage.DRAFT;
        if (stage.ordinal() >= Stage.PUT_UP.ordinal()
                && DraftKind.parse(document.kind(), "kind") == DraftKind.BILL) {
            // a Bill is drafted once the Cabinet has approved the proposal in principle (Rule 27(1)): the officer
            // records the decision the Cabinet Division conveyed before the drafter puts the Bill up
            RunAs.user(officer, () -> routing.act(created.id(), "record-in-principle-approval",
                    new pk.gov.mashwara.routing.ActionRequest(drafts.get(created.id()).version(), null,
                            java.util.Map.of("caseNumber", "Case No. 41/3/2026", "decisionDate", "2026-03-10"))));
        }
        if (stage.ordinal() >= Stage.PUT_UP.ordinal()) {
            var current = RunAs.user(drafter, () -> routing.act(created.id(), "put-up",
                    drafts.get(created.id()).version(), null));
            if (stage.ordinal() >= Stage.SUBMITTED.ordinal()) {
                RunAs.user(officer, () -> routing.act(created.id(), "submit", current.version(), null));
            }
        }
        if (stage.reviewed()) {
            // the secretary opens the review with its deadline; the members comment once the text is extracted
            reviews.ifAvailable(review -> review.await(created.id()));
            RunAs.user(as("nsmcwg.secretary"), () -> windows.setDeadline(created.id(),
                    java.time.Instant.now().plus(java.time.Duration.ofDays(14))));
        }
    }

    private MashwaraUser as(String username) {
        return (MashwaraUser) userDetails.loadUserByUsername(username);
    }
}
