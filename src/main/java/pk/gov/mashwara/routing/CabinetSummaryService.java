package pk.gov.mashwara.routing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.gov.mashwara.directory.CommitteeInfo;
import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.routing.domain.Consultation;
import pk.gov.mashwara.security.CurrentUser;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.NotFoundException;

/**
 * The summary for the Cabinet that the sponsoring division lodges with the Cabinet Division (Rules 16-19 of the
 * Rules of Business, 1973), written from the draft's record as an editable Word document: the officer downloads
 * it, completes it and lodges the final text. It applies to a draft whose latest round of consultations has a
 * deciding step of the Cabinet (or its committee); it is for the sponsoring division (the committee, or a
 * regulator's administrative ministry, and the regulator itself), the NSMCWG and the Cabinet Division, of those
 * who may see the draft. Every download is in the audit log.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class CabinetSummaryService {

    /** The Cabinet Division's code in the directory: the secretariat of the Cabinet, which receives summaries. */
    static final String CABINET_DIVISION = "CABINET";

    private final DraftService drafts;
    private final Consultations consultations;
    private final CabinetDecisions cabinet;
    private final Clearances clearances;
    private final InputDocuments inputs;
    private final People people;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LodgedSummaries lodged;

    CabinetSummaryService(DraftService drafts, Consultations consultations, CabinetDecisions cabinet,
            Clearances clearances, InputDocuments inputs, People people, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, LodgedSummaries lodged) {
        this.lodged = lodged;
        this.drafts = drafts;
        this.consultations = consultations;
        this.cabinet = cabinet;
        this.clearances = clearances;
        this.inputs = inputs;
        this.people = people;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A summary as downloaded. */
    public record SummaryFile(String fileName, String mediaType, byte[] content) {
    }

    /**
     * Whether the signed-in user may download the summary for the draft now: a Cabinet step applies to it and the
     * user is of the sponsoring division, the NSMCWG or the Cabinet Division. A draft the user cannot see is not
     * found.
     */
    public boolean available(long draftId) {
        var draft = drafts.get(draftId);
        return cabinetStep(draft).isPresent() && mayDownload(currentUser.require(), draft);
    }

    /**
     * The summary for the Cabinet on the draft, as DOCX. Not found when the user may not see the draft or no
     * Cabinet step applies to it; refused to anyone else than the sponsoring division, the NSMCWG and the Cabinet
     * Division.
     */
    @Transactional
    public SummaryFile summary(long draftId) {
        var user = currentUser.require();
        var draft = drafts.get(draftId);
        var step = cabinetStep(draft).orElseThrow(() -> new NotFoundException("error.cabinetSummary.none", draftId));
        if (!mayDownload(user, draft)) {
            throw new AccessDeniedException("The summary for the Cabinet is for the sponsoring division, the NSMCWG and "
                    + "the Cabinet Division");
        }
        var content = CabinetSummaryDocx.write(CabinetSummaries.summary(draft, step, round(draft), committee(draft),
                sponsor(draft), input(draft), clock));
        var base = "Summary-for-the-Cabinet-" + (draft.diaryNumber() == null ? "draft-" + draftId
                : draft.diaryNumber().replace('/', '-'));
        events.publishEvent(new CabinetSummaryExported(draftId, step.getStep(), content.length, sha256(content),
                user.getUsername(), clock.instant()));
        return new SummaryFile(base + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content);
    }

    /**
     * The final summary as lodged with the Cabinet Division, byte for byte: the lodging {@code summaryId}, or the
     * draft's latest when null. For the same readers as the generated summary (the sponsoring division, the NSMCWG,
     * the Cabinet Division); every download is in the audit log. Not found when the user may not see the draft or
     * no such file was lodged for it.
     */
    @Transactional
    public pk.gov.mashwara.draft.FileDownload lodged(long draftId, Long summaryId) {
        var user = currentUser.require();
        var draft = drafts.get(draftId);
        var file = lodged.find(draftId, summaryId)
                .orElseThrow(() -> new NotFoundException("error.cabinetSummary.notLodged", draftId));
        if (!mayDownload(user, draft)) {
            throw new AccessDeniedException("The summary lodged with the Cabinet Division is for the sponsoring "
                    + "division, the NSMCWG and the Cabinet Division");
        }
        var download = lodged.open(file);
        events.publishEvent(new LodgedSummaryDownloaded(draftId, file.getSummaryId(), file.getFileName(),
                file.getSizeBytes(), file.getSha256(), user.getUsername(), clock.instant()));
        return download;
    }

    /**
     * Whether the signed-in user may download the summaries lodged for the draft: of the sponsoring division, the
     * NSMCWG or the Cabinet Division. A draft the user cannot see is not found.
     */
    public boolean mayReadLodged(long draftId) {
        return mayDownload(currentUser.require(), drafts.get(draftId));
    }

    /**
     * The Cabinet's deciding step of the latest round: the open one, else the last (a CCLC step and the Cabinet's
     * both belong to the Cabinet Division for a Bill); empty before consultations and where none applies.
     */
    private Optional<Consultation> cabinetStep(DraftDetails draft) {
        var cabinetId = people.committeeByCode(CABINET_DIVISION).map(CommitteeInfo::id).orElse(-1L);
        var deciding = consultations.latestRound(draft.id()).stream()
                .filter(c -> c.getCommitteeId() == cabinetId && cabinet.decides(draft, c)).toList();
        return deciding.stream().filter(Consultation::isOpen).findFirst()
                .or(() -> deciding.isEmpty() ? Optional.empty() : Optional.of(deciding.getLast()));
    }

    private boolean mayDownload(MashwaraUser user, DraftDetails draft) {
        if (user.isNsmcwg() || CABINET_DIVISION.equals(user.committeeCode())) {
            return true;
        }
        var mine = user.committeeId();
        return mine != null && (mine == draft.committeeId() || mine == sponsor(draft).id());
    }

    private CommitteeInfo committee(DraftDetails draft) {
        return people.committeeById(draft.committeeId()).orElseThrow();
    }

    /** The division that sponsors the case: a regulator's administrative ministry, otherwise the committee itself. */
    private CommitteeInfo sponsor(DraftDetails draft) {
        var committee = committee(draft);
        return committee.administrativeMinistryId() == null ? committee
                : people.committeeById(committee.administrativeMinistryId()).orElse(committee);
    }

    private List<CabinetSummaries.View> round(DraftDetails draft) {
        var views = new ArrayList<CabinetSummaries.View>();
        for (var c : consultations.latestRound(draft.id())) {
            if (cabinet.decides(draft, c)) {
                continue;
            }
            var division = people.committeeById(c.getCommitteeId()).map(CommitteeInfo::name).orElse("—");
            views.add(new CabinetSummaries.View(c.getStep(), division, c.getView(), c.getViewText(), c.getUoNumber(),
                    c.getUoDate(), c.getSignedBy(), c.isOnBehalf(), c.getReceivedOn(), c.getDueAt(),
                    c.getResolution() == null ? null : c.getResolution().name(), c.getResolutionOutcome(),
                    c.getSponsorReply()));
        }
        return views;
    }

    /** The NSMCWG's input as the focal person cleared it, or null before it is cleared. */
    private CabinetSummaries.Input input(DraftDetails draft) {
        return clearances.latest(draft).map(stamp -> {
            var revision = inputs.clearedAt(draft.id(), stamp.signedAt());
            return new CabinetSummaries.Input(revision.map(r -> r.getCoveringNote()).orElse(""),
                    revision.map(r -> r.getBody()).orElse(null), stamp.input(), stamp.signerName(), stamp.signedAt());
        }).orElse(null);
    }

    private static String sha256(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
