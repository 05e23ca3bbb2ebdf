package pk.gov.mashwara.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.routing.ActionRequest;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.security.Role;

/**
 * Walks a regulator's regulations through the real services, each step by the user the rules name, up to the
 * mandatory consultations: the first step (the administrative ministry's concurrence) is then open. Built from the
 * test's own beans, so that using it changes no test's application context.
 */
public final class ConsultationWalk {

    /** The regulator's drafter and officer, the ministry's and the Law Division's officers, and the draft. */
    public record InConsultations(MashwaraUser drafter, MashwaraUser officer, MashwaraUser ministryOfficer,
            MashwaraUser lawOfficer, long draftId) {
    }

    private final Fixtures fixtures;
    private final DraftService drafts;
    private final RoutingService routing;
    private final ThreadActions threads;
    private final ReviewWindows windows;

    public ConsultationWalk(Fixtures fixtures, DraftService drafts, RoutingService routing, ThreadActions threads,
            ReviewWindows windows) {
        this.fixtures = fixtures;
        this.drafts = drafts;
        this.routing = routing;
        this.threads = threads;
        this.windows = windows;
    }

    /** A PTA regulation (PTA → MoIT, then the Law Division) with its first consultation step open. */
    public InConsultations ptaRegulationInConsultations(String title) {
        return ptaInConsultations(title, DraftKind.REGULATOR_REGULATIONS);
    }

    /** A PTA draft of the kind given, with its first consultation step (MoIT's views) open. */
    public InConsultations ptaInConsultations(String title, DraftKind kind) {
        long id = inConsultations("PTA", kind, false, false, title);
        return new InConsultations(fixtures.user("PTA", Role.COMMITTEE_DRAFTER), fixtures.user("PTA",
                Role.COMMITTEE_OFFICER), fixtures.user("MOIT", Role.COMMITTEE_OFFICER),
                fixtures.user("LAW", Role.COMMITTEE_OFFICER), id);
    }

    /**
     * A draft of {@code committee} of the given kind walked to its consultations, the first stage open.
     *
     * @param financial whether it has financial implications
     * @param federal   whether the statute gives the power to the Federal Government
     */
    public long inConsultations(String committee, DraftKind kind, boolean financial, boolean federal, String title) {
        var drafter = fixtures.user(committee, Role.COMMITTEE_DRAFTER);
        var officer = fixtures.user(committee, Role.COMMITTEE_OFFICER);
        var member = fixtures.user("NSMCWG", Role.NSMCWG_MEMBER);
        var secretary = fixtures.user("NSMCWG", Role.NSMCWG_SECRETARY);
        var text = title + "\n\nRegulation 4. A platform shall register with the Authority within ninety days.\n";
        long id = Fixtures.as(drafter, () -> drafts.create(new NewDraft(title, drafter.committeeId(),
                kind, "Section 5 of the Pakistan Telecommunication (Re-organization) Act, 1996",
                financial, Classification.UNCLASSIFIED), "regulations.txt",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).id();
        act(drafter, id, "put-up", Map.of());
        act(officer, id, "submit", Map.of());
        var point = Fixtures.as(member, () -> threads.start(new NewThread(id, 1, null, "Ninety days is long.", false)));
        Fixtures.as(secretary, () -> windows.setDeadline(id, Instant.now().plus(Duration.ofDays(14))));
        Fixtures.as(secretary, () -> windows.closeNow(id));
        act(secretary, id, "close-review", Map.of());
        var accepted = Fixtures.as(secretary, () -> threads.resolve(point.id(), point.version(), Resolution.ACCEPTED,
                null));
        fixtures.composeInput(secretary, id);
        act(secretary, id, "send-for-clearance", Map.of());
        act(fixtures.focalPerson(), id, "clear", Map.of());
        act(officer, id, "take-up-input", Map.of());
        act(drafter, id, "record-response", Map.of("threadId", String.valueOf(accepted.id()),
                "response", "Changed to sixty days in Regulation 4."));
        var status = act(officer, id, "start-consultations", Map.of("federalGovernmentPower", federal ? "yes" : "no"));
        if (status != DraftStatus.CONSULTATIONS) {
            throw new IllegalStateException("The draft should be in consultations, not " + status);
        }
        return id;
    }

    /** Takes the action as the user with a reason, on the draft's version as they read it now. */
    public DraftStatus act(MashwaraUser user, long draftId, String action, String reason, Map<String, String> details) {
        return Fixtures.as(user, () -> routing.act(draftId, action,
                new ActionRequest(drafts.get(draftId).version(), reason, details, null)).status());
    }

    /** Takes the action as the user, on the draft's version as they read it now. */
    public DraftStatus act(MashwaraUser user, long draftId, String action, Map<String, String> details) {
        return act(user, draftId, action, details, null);
    }

    public DraftStatus act(MashwaraUser user, long draftId, String action, Map<String, String> details,
            ActionRequest.Attachment attachment) {
        return Fixtures.as(user, () -> routing.act(draftId, action,
                new ActionRequest(drafts.get(draftId).version(), null, details, attachment)).status());
    }
}
