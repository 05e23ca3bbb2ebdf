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

    /** The demo users: user name, name, committee code (null for none), roles. */
    record DemoUser(String username, String displayName, String committee, Set<Role> roles) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Portal Administrator", null, EnumSet.of(Role.ADMIN)),
            new DemoUser("auditor", "Ayesha Siddiqui (Auditor)", null, EnumSet.of(Role.AUDITOR)),
            new DemoUser("focal.person", "Dr. Sana Qureshi", "NSMCWG", EnumSet.of(Role.FOCAL_PERSON)),
            new DemoUser("nsmcwg.secretary", "Kamran Akhtar", "NSMCWG", EnumSet.of(Role.NSMCWG_SECRETARY)),
            new DemoUser("nsmcwg.member", "Farah Naz", "NSMCWG", EnumSet.of(Role.NSMCWG_MEMBER)),
            new DemoUser("nsmcwg.member2", "Bilal Ahmed Khan", "NSMCWG", EnumSet.of(Role.NSMCWG_MEMBER)),
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
            new DemoUser("cabinet.drafter", "Waqas Ali", "CABINET", EnumSet.of(Role.COMMITTEE_DRAFTER)),
            new DemoUser("cabinet.officer", "Tahira Bano (Joint Secretary)", "CABINET", EnumSet.of(Role.COMMITTEE_OFFICER)),
            new DemoUser("finance.officer", "Naveed Akram (Joint Secretary, Finance)", "FINANCE",
                    EnumSet.of(Role.COMMITTEE_OFFICER)));

    /**
     * How far each committee's demo drafts go: to consultations, awaiting clearance, open for the working group's
     * comments, submitted, put up, or left as a draft (so that every role's desk has something on first start).
     */
    private static final Map<String, String> STAGE = Map.of("MOIT", "consult", "PEMRA", "submit", "LAW", "clearance",
            "PTA", "review", "MOIB", "putUp", "CABINET", "draft");

    private final DirectoryService directory;
    private final DraftService drafts;
    private final UserDetailsService userDetails;
    private final String password;
    private final pk.gov.mashwara.review.ReviewWindows windows;
    private final pk.gov.mashwara.routing.RoutingService routing;
    private final pk.gov.mashwara.routing.InputService inputs;
    private final pk.gov.mashwara.review.ThreadActions threads;

    DemoDataSeeder(DirectoryService directory, DraftService drafts, UserDetailsService userDetails,
            @Value("${mashwara.demo.password}") String password, pk.gov.mashwara.review.ReviewWindows windows,
            pk.gov.mashwara.routing.RoutingService routing, pk.gov.mashwara.routing.InputService inputs,
            pk.gov.mashwara.review.ThreadActions threads) {
        this.threads = threads;
        this.inputs = inputs;
        this.windows = windows;
        this.routing = routing;
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
        try {
            directory.createUser(new UserForm(user.username(), user.displayName(),
                    user.username() + "@mashwara.example.gov.pk", committee, user.roles(), true, password));
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

    private void seedDraft(DemoDocument document, boolean firstOfCommittee) {
        var code = document.committeeCode().toLowerCase(java.util.Locale.ROOT);
        var drafter = as(code + ".drafter");
        var officer = as(code + ".officer");
        var committee = RunAs.user(drafter, () -> directory.committeeByCode(document.committeeCode()).orElseThrow().id());
        var created = RunAs.user(drafter, () -> drafts.create(new NewDraft(document.title(), committee,
                DraftKind.valueOf(document.kind()), document.legalBasis(), document.financialImplications(),
                Classification.valueOf(document.classification())), document.fileName(),
                new ByteArrayInputStream(document.content())));
        if (document.revisedContent() != null) {
            RunAs.user(drafter, () -> drafts.addVersion(created.id(), document.revisedFileName(),
                    new ByteArrayInputStream(document.revisedContent())));
        }
        // Of several drafts of one committee, only the first goes beyond the draft stage
        var stage = firstOfCommittee ? STAGE.getOrDefault(document.committeeCode(), "draft") : "draft";
        if (!"draft".equals(stage)) {
            var current = RunAs.user(drafter, () -> drafts.putUp(created.id(), drafts.get(created.id()).version()));
            if (!"putUp".equals(stage)) {
                RunAs.user(officer, () -> drafts.submit(created.id(), current.version()));
            }
            switch (stage) {
                case "consult" -> toConsultations(created.id(), officer);
                case "review" -> openReview(created.id(), java.time.Duration.ofDays(10));
                case "clearance" -> toClearance(created.id());
                default -> {
                }
            }
        }
    }

    /**
     * Takes a submitted draft through the NSMCWG's review, the focal person's clearance and the committee's taking
     * up of the input to its consultations, where it waits for the Law Division's vetting: a first look shows the
     * whole path, the clearance stamp and a step on the Law Division's desk.
     */
    private void toConsultations(long id, MashwaraUser officer) {
        try {
            routeToConsultations(id, officer);
        } catch (RuntimeException e) {
            // e.g. another focal person was already active, so the demo one was not created: the draft stays
            log.warn("The demonstration draft {} was left where it stood: {}", id, e.getMessage());
        }
    }

    /** Opens the working group's review of a submitted draft, with comments due in {@code open}. */
    private void openReview(long id, java.time.Duration open) {
        var secretary = as("nsmcwg.secretary");
        RunAs.user(secretary, () -> windows.setDeadline(id, java.time.Instant.now().plus(open)));
    }

    /** Takes a submitted draft through a review with nothing to resolve to the focal person's clearance. */
    private void toClearance(long id) {
        try {
            var secretary = as("nsmcwg.secretary");
            openReview(id, java.time.Duration.ofDays(14));
            RunAs.user(secretary, () -> windows.closeNow(id));
            act(secretary, id, "close-review", java.util.Map.of());
            act(secretary, id, "send-for-clearance", java.util.Map.of());
        } catch (RuntimeException e) {
            log.warn("The demonstration draft {} was left where it stood: {}", id, e.getMessage());
        }
    }

    private void routeToConsultations(long id, MashwaraUser officer) {
        var secretary = as("nsmcwg.secretary");
        RunAs.user(secretary, () -> windows.setDeadline(id, java.time.Instant.now().plus(java.time.Duration.ofDays(14))));
        // two members comment on the latest version as a whole (its text is still being read); the review closes
        var version = RunAs.user(secretary, () -> drafts.get(id)).latest().number();
        var point = RunAs.user(as("nsmcwg.member"), () -> threads.start(new pk.gov.mashwara.review.NewThread(id, version, null,
                "Rule 7 (blocking orders) goes beyond section 37 of the Prevention of Electronic Crimes Act, 2016; "
                        + "the Law Division should vet it before notification.", false)));
        var aside = RunAs.user(as("nsmcwg.member2"), () -> threads.start(new pk.gov.mashwara.review.NewThread(id,
                version, null, "The PTA's existing complaint procedure could be cited in the preamble.", false)));
        RunAs.user(secretary, () -> windows.closeNow(id));
        act(secretary, id, "close-review", java.util.Map.of());
        var accepted = RunAs.user(secretary, () -> threads.resolve(point.id(), point.version(),
                pk.gov.mashwara.review.Resolution.ACCEPTED, "The rules must stay within the parent statute."));
        RunAs.user(secretary, () -> threads.resolve(aside.id(), aside.version(), pk.gov.mashwara.review.Resolution.NOTED,
                null));
        // the secretary composes the input from the review and adds the group's conclusion
        RunAs.user(secretary, () -> {
            var prefilled = inputs.prefilled(id);
            return inputs.save(id, prefilled.revision(), prefilled.coveringNote(), prefilled.html()
                    + "<h2>Conclusion</h2><p>The NSMCWG has <strong>no objection</strong> to the notification of the "
                    + "rules, subject to the Law Division's vetting of rule 7.</p>");
        });
        act(secretary, id, "send-for-clearance", java.util.Map.of());
        act(as("focal.person"), id, "clear", java.util.Map.of());
        act(officer, id, "take-up-input", java.util.Map.of());
        act(as(officer.committeeCode().toLowerCase(java.util.Locale.ROOT) + ".drafter"), id, "record-response",
                java.util.Map.of("threadId", String.valueOf(accepted.id()), "response",
                        "Rule 7 goes to the Law Division for vetting with the draft."));
        act(officer, id, "start-consultations", java.util.Map.of("federalGovernmentPower", "yes"));
    }

    private void act(MashwaraUser user, long id, String action, java.util.Map<String, String> details) {
        RunAs.user(user, () -> routing.act(id, action,
                new pk.gov.mashwara.routing.ActionRequest(drafts.get(id).version(), null, details)));
    }

    private MashwaraUser as(String username) {
        return (MashwaraUser) userDetails.loadUserByUsername(username);
    }
}
