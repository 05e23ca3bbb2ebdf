package pk.gov.mashwara.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.routing.domain.CabinetDecision;
import pk.gov.mashwara.routing.domain.CabinetDecisionRepository;
import pk.gov.mashwara.routing.domain.CabinetSummary;
import pk.gov.mashwara.routing.domain.CabinetSummaryRepository;
import pk.gov.mashwara.routing.domain.Consultation;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * The deciding steps of a draft's consultations (the Federal Cabinet, the CCLC): the sponsor lodges the summary with
 * the Cabinet Division, which may return it as incomplete; the decision is recorded with its case number and the
 * meeting's date (the summary lodged the rule book's clear days before it), or as taken by circulation. Approved,
 * approved with modifications and not approved close the step; deferred leaves it pending for a later meeting.
 */
@Component
class CabinetDecisions {

    static final String APPROVED = "approved";
    static final String APPROVED_WITH_MODIFICATIONS = "approved-with-modifications";
    static final String DEFERRED = "deferred";
    static final String NOT_APPROVED = "not-approved";
    static final List<String> DECISIONS = List.of(APPROVED, APPROVED_WITH_MODIFICATIONS, DEFERRED, NOT_APPROVED);

    /** The Cabinet Division's numbering: the case's number, the month and the year, e.g. Case No. 123/12/2026. */
    private static final Pattern CASE_NUMBER = Pattern.compile("(?i)(?:case\\s*no\\.?\\s*)?(\\d{1,4})/(\\d{1,2})/(\\d{4})");

    private final RoutingRules rules;
    private final Consultations consultations;
    private final CabinetSummaryRepository summaries;
    private final CabinetDecisionRepository decisions;
    private final java.time.Clock clock;
    private final LodgedSummaries files;

    CabinetDecisions(RoutingRules rules, Consultations consultations, CabinetSummaryRepository summaries,
            CabinetDecisionRepository decisions, java.time.Clock clock, LodgedSummaries files) {
        this.files = files;
        this.rules = rules;
        this.consultations = consultations;
        this.summaries = summaries;
        this.decisions = decisions;
        this.clock = clock;
    }

    /** The open consultation step, when a deciding body's. */
    Optional<Consultation> openDecisionStep(DraftDetails draft) {
        return consultations.current(draft.id()).filter(step -> decides(draft, step));
    }

    boolean decides(DraftDetails draft, Consultation step) {
        return decides(draft.kind(), step);
    }

    boolean decides(pk.gov.mashwara.draft.DraftKind kind, Consultation step) {
        return rules.consultation(kind, step.getStep()).map(RoutingRules.ConsultationRule::decides).orElse(false);
    }

    /** The summary lodged, and not returned, for the step. */
    Optional<CabinetSummary> pendingSummary(Consultation step) {
        return summaries.findFirstByConsultationIdOrderByIdDesc(step.getId()).filter(s -> !s.isReturned());
    }

    /**
     * The sponsor lodges the summary, as the final document (DOCX or PDF: Rule 18, the summary is what is lodged);
     * what the routing step records, the file named by its SHA-256. Everything is checked before anything is kept.
     */
    Map<String, String> lodge(DraftDetails draft, ActionRequest request, MashwaraUser user, Instant now) {
        var step = openDecisionStep(draft).orElseThrow(() -> new ConflictException("error.routing.noDecisionStep"));
        if (pendingSummary(step).isPresent()) {
            throw new ConflictException("error.routing.summary.pending");
        }
        var lodged = date(request.detail("summaryLodgedOn"), "summaryLodgedOn");
        if (lodged.isAfter(LocalDate.now(clock.withZone(DraftService.OFFICE_ZONE)))) {
            throw InvalidInputException.onField("summaryLodgedOn", "error.routing.summary.future", lodged.toString());
        }
        var stored = files.store(draft.id(), LodgedSummaries.required(request));
        var summary = summaries.save(new CabinetSummary(draft.id(), step.getId(), lodged, user.getUsername(), now));
        var file = files.record(summary, stored, user, now);
        var recorded = new LinkedHashMap<String, String>();
        recorded.put("step", step.getStep());
        recorded.put("summaryLodgedOn", lodged.toString());
        recorded.put("summaryFile", file.getFileName() + " (" + file.getSizeBytes() + " bytes, SHA-256 "
                + file.getSha256() + ")");
        return recorded;
    }

    /** The secretariat returns the summary as incomplete, with the reason; the sponsor lodges it anew. */
    Map<String, String> returnSummary(DraftDetails draft, String reason, MashwaraUser user, Instant now) {
        var step = openDecisionStep(draft).orElseThrow(() -> new ConflictException("error.routing.noDecisionStep"));
        var summary = pendingSummary(step).orElseThrow(() -> new ConflictException("error.routing.summary.none"));
        if (reason.length() > CabinetSummary.MAX_REASON) {
            throw InvalidInputException.onField("reason", "error.draft.reason.tooLong", CabinetSummary.MAX_REASON);
        }
        summary.returnAsIncomplete(reason, user.getUsername(), now);
        summaries.save(summary);
        return Map.of("step", step.getStep(), "summaryLodgedOn", summary.getLodgedOn().toString());
    }

    /**
     * Records the decision taken on the pending summary; what the routing step records (the case number as the
     * Cabinet Division writes it). Everything is checked before anything is written.
     */
    Map<String, String> decide(DraftDetails draft, ActionRequest request, MashwaraUser user, Instant now) {
        var step = openDecisionStep(draft).orElseThrow(() -> new ConflictException("error.routing.noDecisionStep"));
        var summary = pendingSummary(step).orElseThrow(() -> new ConflictException("error.routing.summary.none"));
        var decision = request.detail("decision") == null ? null
                : request.detail("decision").toLowerCase(Locale.ROOT).replace('_', '-');
        if (!DECISIONS.contains(decision)) {
            throw InvalidInputException.onField("decision", "error.routing.decision", String.join(", ", DECISIONS));
        }
        var caseNumber = caseNumber(request.detail("caseNumber"), "caseNumber");
        var circulation = Set.of("yes", "true").contains(String.valueOf(request.detail("byCirculation"))
                .toLowerCase(Locale.ROOT));
        LocalDate meeting = null;
        LocalDate decidedOn;
        if (circulation) {
            // Rule 17(1)(b): decided by circulation, without a meeting; the day the decision was taken counts
            if (request.detail("meetingDate") != null) {
                throw InvalidInputException.onField("meetingDate", "error.routing.decision.circulationMeeting");
            }
            decidedOn = date(request.detail("decisionDate"), "decisionDate");
        } else {
            meeting = date(request.detail("meetingDate"), "meetingDate");
            decidedOn = meeting;
            var clearDays = rules.consultation(draft.kind(), step.getStep())
                    .map(RoutingRules.ConsultationRule::clearDaysBeforeMeeting).orElse(null);
            // clear days: neither the day the summary was lodged nor the day of the meeting counts
            long clear = ChronoUnit.DAYS.between(summary.getLodgedOn(), meeting) - 1;
            if (clearDays != null && clear < clearDays) {
                throw InvalidInputException.onField("meetingDate", "error.routing.cabinet.clearDays", clearDays,
                        Math.max(clear, 0));
            }
        }
        if (decidedOn.isBefore(summary.getLodgedOn())) {
            throw InvalidInputException.onField(circulation ? "decisionDate" : "meetingDate",
                    "error.routing.decision.beforeLodged", summary.getLodgedOn().toString());
        }
        var modifications = request.detail("modifications");
        if (APPROVED_WITH_MODIFICATIONS.equals(decision) && modifications == null) {
            throw InvalidInputException.onField("modifications", "error.routing.decision.modifications");
        }
        if (!APPROVED_WITH_MODIFICATIONS.equals(decision) && modifications != null) {
            throw InvalidInputException.onField("modifications", "error.routing.decision.noModifications");
        }
        if (modifications != null && modifications.length() > CabinetDecision.MAX_MODIFICATIONS) {
            throw InvalidInputException.onField("modifications", "error.routing.view.tooLong",
                    CabinetDecision.MAX_MODIFICATIONS);
        }
        decisions.save(new CabinetDecision(draft.id(), step.getId(), summary.getId(), decision, modifications,
                caseNumber, meeting, circulation, decidedOn, user.getUsername(), now));
        if (!DEFERRED.equals(decision)) {
            consultations.recordDecision(step, decision, modifications == null ? "" : modifications,
                    user.getUsername(), now, meeting, summary.getLodgedOn());
        }
        var recorded = new LinkedHashMap<String, String>();
        recorded.put("step", step.getStep());
        recorded.put("decision", decision);
        recorded.put("caseNumber", caseNumber);
        recorded.put(circulation ? "decisionDate" : "meetingDate", decidedOn.toString());
        if (circulation) {
            recorded.put("byCirculation", "yes");
        }
        if (modifications != null) {
            recorded.put("modifications", modifications);
        }
        return recorded;
    }

    /**
     * Whether the draft may go on after its deciding steps' modifications: a version was uploaded after the latest
     * decision approving it with modifications (or there is none in the latest round).
     */
    boolean modificationsIncorporated(DraftDetails draft) {
        var ids = consultations.latestRound(draft.id()).stream().map(Consultation::getId).toList();
        if (ids.isEmpty()) {
            return true;
        }
        return decisions.findByConsultationIdInOrderByIdAsc(ids).stream()
                .filter(d -> APPROVED_WITH_MODIFICATIONS.equals(d.getDecision())).reduce((a, b) -> b)
                .map(d -> draft.latest().uploadedAt().isAfter(d.getRecordedAt())).orElse(true);
    }

    /** The decisions of the given steps (each step's latest last), for the routing view. */
    List<CabinetDecision> decisionsOf(List<Long> consultationIds) {
        return consultationIds.isEmpty() ? List.of() : decisions.findByConsultationIdInOrderByIdAsc(consultationIds);
    }

    /** The deciding steps of the draft's latest round, with their latest summary and decision. */
    List<RoutingView.DecisionStep> view(DraftDetails draft) {
        var steps = consultations.latestRound(draft.id()).stream().filter(c -> decides(draft, c)).toList();
        var latest = new java.util.HashMap<Long, CabinetDecision>();
        decisionsOf(steps.stream().map(Consultation::getId).toList())
                .forEach(d -> latest.put(d.getConsultationId(), d));
        var lodgings = steps.stream().map(c -> latestSummary(c.getId()).orElse(null)).toList();
        var lodgedFiles = files.of(lodgings.stream().filter(java.util.Objects::nonNull).map(CabinetSummary::getId)
                .toList());
        return steps.stream().map(c -> {
            var summary = lodgings.get(steps.indexOf(c));
            var decision = latest.get(c.getId());
            var file = summary == null ? null : lodgedFiles.get(summary.getId());
            return new RoutingView.DecisionStep(c.getId(), c.getStep(), summary == null ? null : summary.getLodgedOn(),
                    summary == null ? null : summary.getReturnedAt(), summary == null ? null : summary.getReturnReason(),
                    decision == null ? null : decision.getDecision(), decision == null ? null : decision.getCaseNumber(),
                    decision == null ? null : decision.getMeetingDate(), decision != null && decision.isByCirculation(),
                    decision == null ? null : decision.getDecidedOn(), decision == null ? null : decision.getModifications(),
                    summary == null ? null : summary.getId(), file == null ? null
                            : new RoutingView.Attachment(file.getFileName(), file.getMediaType(), file.getSizeBytes(),
                                    file.getSha256(), file.getUploadedBy(), file.getUploadedAt()));
        }).toList();
    }

    /** The latest summary lodged for the step, returned or not. */
    Optional<CabinetSummary> latestSummary(long consultationId) {
        return summaries.findFirstByConsultationIdOrderByIdDesc(consultationId);
    }

    /** A case number as the Cabinet Division writes it, {@code Case No. 123/12/2026}; refused on the field otherwise. */
    static String caseNumber(String value, String field) {
        var matcher = value == null ? null : CASE_NUMBER.matcher(value.strip());
        if (matcher == null || !matcher.matches()) {
            throw InvalidInputException.onField(field, "error.routing.caseNumber", value == null ? "" : value);
        }
        int month = Integer.parseInt(matcher.group(2));
        int year = Integer.parseInt(matcher.group(3));
        if (month < 1 || month > 12 || year < InputRules.FIRST_DATE.getYear() || year > InputRules.LAST_DATE.getYear()) {
            throw InvalidInputException.onField(field, "error.routing.caseNumber", value);
        }
        return "Case No. " + Integer.parseInt(matcher.group(1)) + "/" + month + "/" + year;
    }

    /** A date in ISO form within the portal's range, required; refused on the field otherwise. */
    static LocalDate date(String value, String field) {
        var date = Consultations.date(value, field);
        if (date == null) {
            throw InvalidInputException.onField(field, "error.routing.missing", field);
        }
        return date;
    }
}
