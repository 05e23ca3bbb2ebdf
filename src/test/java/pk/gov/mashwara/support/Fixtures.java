package pk.gov.mashwara.support;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import pk.gov.mashwara.demo.documents.DemoDocuments;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.directory.UserForm;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.CreatedDraft;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.security.RunAs;

/**
 * Test data built through the real services: users with unique names (tests share one database, also on
 * MariaDB, so nothing may assume it is empty), drafts with unique content, and running code as a user.
 * Import it with {@code @Import(Fixtures.class)}.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "Test-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final DirectoryService directory;
    private final DraftService drafts;
    private final UserDetailsService userDetails;

    /** Present in a whole-application context; absent in a slice. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    private pk.gov.mashwara.routing.InputService inputs;
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    private pk.gov.mashwara.routing.RoutingService routing;
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    private pk.gov.mashwara.review.ReviewWindows windows;
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    private org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    private pk.gov.mashwara.directory.FocalPersonService focal;


    public Fixtures(DirectoryService directory, DraftService drafts, UserDetailsService userDetails) {
        this.directory = directory;
        this.drafts = drafts;
        this.userDetails = userDetails;
    }

    /**
     * The secretary composes the NSMCWG's input on a draft in consolidation: the text pre-filled from the review,
     * saved as it is (or as the next revision of what stands).
     */
    public pk.gov.mashwara.routing.InputDocument composeInput(MashwaraUser secretary, long draftId) {
        return as(secretary, () -> {
            var prefilled = inputs.prefilled(draftId);
            return inputs.save(draftId, prefilled.revision(), prefilled.coveringNote(), prefilled.html());
        });
    }

    /** Takes a routing action as the user, on the version of the draft read just before, with no reason. */
    public pk.gov.mashwara.draft.DraftDetails act(MashwaraUser user, long draftId, String action) {
        return act(user, draftId, action, java.util.Map.of());
    }

    /** Takes a routing action as the user with the details it asks for ({@code threadId}, {@code response}, …). */
    public pk.gov.mashwara.draft.DraftDetails act(MashwaraUser user, long draftId, String action,
            java.util.Map<String, String> details) {
        return as(user, () -> routing.act(draftId, action,
                new pk.gov.mashwara.routing.ActionRequest(routing.routing(draftId).draftVersion(), null, details)));
    }

    /** The secretary closes comments now and then the review: the draft goes to consolidation. */
    public void closeReview(MashwaraUser secretary, long draftId) {
        as(secretary, () -> windows.closeNow(draftId));
        act(secretary, draftId, "close-review");
    }

    /** A new user of the committee with the roles; committee code null for administrators and auditors. */
    public MashwaraUser user(String committeeCode, Role... roles) {
        var username = "t" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var committee = committeeCode == null ? null : committee(committeeCode);
        as(systemAdministrator(), () -> directory.createUser(new UserForm(username, "Test " + username, null, committee,
                EnumSet.of(roles[0], roles), true, PASSWORD)));
        return load(username);
    }

    /**
     * A committee officer of the body whom the Secretary has designated to vet the Division's own drafts (the rule
     * book's {@code when-own: designate}).
     */
    public MashwaraUser designate(String committeeCode) {
        var username = "t" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var committee = committee(committeeCode);
        as(systemAdministrator(), () -> directory.createUser(new UserForm(username, "Test designate " + username, null,
                committee, EnumSet.of(Role.COMMITTEE_OFFICER), true, PASSWORD, null, true)));
        return load(username);
    }

    /**
     * Gives the test database's focal person the office back, as the NSMCWG would (nomination, support, consensus,
     * recommendation, the PM's approval), after a test made someone else focal person: other tests expect him.
     */
    public void handFocalOfficeBack(MashwaraUser previous, MashwaraUser secretary, MashwaraUser member,
            java.time.LocalDate today) {
        if (load(previous.getUsername()).has(Role.FOCAL_PERSON)) {
            return;
        }
        var id = as(member, () -> focal.nominate(previous.id(), "Back to the test database's focal person."));
        as(member, () -> focal.opinion(id, true, null));
        as(secretary, () -> focal.consensus(id, "Agreed", as(secretary, () -> focal.nomination(id)).version()));
        as(secretary, () -> focal.recommendation(id, "NSMCWG/FP/back", today,
                as(secretary, () -> focal.nomination(id)).version()));
        as(secretary, () -> focal.approval(id, "PMO/FP/back", today, as(secretary, () -> focal.nomination(id)).version()));
    }

    /** A user with a fixed name, created on first use (for tests that must sign in as e.g. pta.drafter). */
    public MashwaraUser namedUser(String username, String committeeCode, Role... roles) {
        try {
            return load(username);
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            var committee = committeeCode == null ? null : committee(committeeCode);
            var form = new UserForm(username, "Test " + username, null, committee, EnumSet.of(roles[0], roles), true,
                    PASSWORD);
            try {
                as(systemAdministrator(), () -> directory.createUser(form));
            } catch (pk.gov.mashwara.shared.ConflictException busy) {
                if (jdbc == null || !form.roles().contains(Role.SPOKESPERSON)) {
                    throw busy;
                }
                // the demonstration's spokesperson took the one office first (a test database the demonstration's
                // tests share): he steps down, and the tests' one takes it
                jdbc.update("update app_user set enabled = false where username <> ? and id in "
                        + "(select user_id from app_user_role where role = 'SPOKESPERSON')", username);
                as(systemAdministrator(), () -> directory.createUser(form));
            }
            return load(username);
        }
    }

    /** The one focal person of the test database (created on first use, since only one may be active). */
    public MashwaraUser focalPerson() {
        try {
            var demo = load("focal.person");
            if (demo.isEnabled()) {
                return demo;
            }
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            // no demo data in this database
        }
        try {
            return load("test.focal");
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            as(systemAdministrator(), () -> directory.createUser(new UserForm("test.focal", "Test focal person", null,
                    committee("NSMCWG"), EnumSet.of(Role.FOCAL_PERSON), true, PASSWORD)));
            return load("test.focal");
        }
    }

    public MashwaraUser load(String username) {
        return (MashwaraUser) userDetails.loadUserByUsername(username);
    }

    public long committee(String code) {
        return as(systemAdministrator(), () -> directory.committeeByCode(code).orElseThrow().id());
    }

    /** A draft of the drafter's committee with a small, unique PDF as version 1. */
    public CreatedDraft draft(MashwaraUser drafter, String title) {
        return as(drafter, () -> drafts.create(new NewDraft(title, drafter.committeeId(), DraftKind.POLICY,
                "Rules of Business 1973", false, Classification.UNCLASSIFIED), "draft.pdf",
                new ByteArrayInputStream(uniquePdf(title))));
    }

    /** Creates a draft and has its drafter put it up to the committee's officer. */
    public CreatedDraft draftAwaitingApproval(MashwaraUser drafter, String title) {
        var created = draft(drafter, title);
        as(drafter, () -> routing.act(created.id(), "put-up", drafts.get(created.id()).version(), null));
        return created;
    }

    /** Creates a draft and moves it through put-up and submission, returning it submitted. */
    public CreatedDraft submittedDraft(MashwaraUser drafter, MashwaraUser officer, String title) {
        return submit(draft(drafter, title), drafter, officer);
    }

    /** A draft whose version 1 is a plain-text file with exactly this text (extracted as it is). */
    public CreatedDraft textDraft(MashwaraUser drafter, String title, String text) {
        return as(drafter, () -> drafts.create(new NewDraft(title, drafter.committeeId(), DraftKind.POLICY,
                "Rules of Business 1973", false, Classification.UNCLASSIFIED), "draft.txt",
                new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    /** A plain-text draft moved through put-up and submission. */
    public CreatedDraft submittedTextDraft(MashwaraUser drafter, MashwaraUser officer, String title, String text) {
        return submit(textDraft(drafter, title, text), drafter, officer);
    }

    /** A draft of the drafter's committee with this file as version 1, moved through put-up and submission. */
    public CreatedDraft submittedFileDraft(MashwaraUser drafter, MashwaraUser officer, NewDraft metadata,
            String fileName, byte[] content) {
        return submit(as(drafter, () -> drafts.create(metadata, fileName, new ByteArrayInputStream(content))), drafter,
                officer);
    }

    private CreatedDraft submit(CreatedDraft created, MashwaraUser drafter, MashwaraUser officer) {
        var putUp = as(drafter, () -> routing.act(created.id(), "put-up", drafts.get(created.id()).version(), null));
        as(officer, () -> routing.act(created.id(), "submit", putUp.version(), null));
        return created;
    }

    /** Uploads a plain-text file as the next version of a draft. */
    public CreatedDraft textVersion(MashwaraUser drafter, long draftId, String text) {
        return as(drafter, () -> drafts.addVersion(draftId, "draft-v.txt",
                new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    }

    /** A name no other test (or earlier run on the same database) has used. */
    public static String unique(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static byte[] uniquePdf(String title) {
        return DemoDocuments.pdf(title, List.of("Unique text " + UUID.randomUUID(),
                "This draft exists for an automated test of the portal."));
    }

    public static MashwaraUser systemAdministrator() {
        return RunAs.systemAdministrator();
    }

    public static <T> T as(MashwaraUser user, Supplier<T> action) {
        return RunAs.user(user, action);
    }

    public static <T> T anonymously(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Runs the action as the anonymous visitor of a web request (an {@code AnonymousAuthenticationToken}). */
    public static <T> T asAnonymousVisitor(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("test", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(MashwaraUser user, Runnable action) {
        RunAs.user(user, action);
    }

    /**
     * A division's view as the details of {@code record-view}: the given names and values ({@code view},
     * {@code viewText}, …) with the U.O. note it arrives as, numbered and dated today.
     */
    public static java.util.Map<String, String> uo(String... namesAndValues) {
        var details = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            details.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        details.putIfAbsent("uoNumber", "U.O. No. F.2(14)/2026-I");
        details.putIfAbsent("uoDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Karachi")).toString());
        details.putIfAbsent("designation", "Section Officer (Coordination)");
        return details;
    }
}
