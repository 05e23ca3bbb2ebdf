package pk.gov.mashwara.routing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.routing.RoutingRules.Condition;
import pk.gov.mashwara.routing.RoutingRules.ConsultationRule;
import pk.gov.mashwara.routing.domain.Consultation;
import pk.gov.mashwara.routing.domain.ConsultationAttachment;
import pk.gov.mashwara.routing.domain.ConsultationRepository;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.ConflictException;
import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * The mandatory consultations of a draft: opened as a round when the committee sends the draft for them (the
 * steps of its kind of instrument that apply to it, in the order of the rules), one step at a time, each with
 * its deadline and its division's recorded view. The consulted divisions see the draft from then on.
 */
@Component
class Consultations {

    static final Set<String> VIEWS = Set.of("concur", "concur-with-observations", "object");

    private final RoutingRules rules;
    private final ConsultationRepository consultations;
    private final DraftService drafts;
    private final People people;
    private final ConsultationFiles files;
    private final pk.gov.mashwara.calendar.WorkingCalendar calendar;

    Consultations(RoutingRules rules, ConsultationRepository consultations, DraftService drafts, People people,
            ConsultationFiles files, pk.gov.mashwara.calendar.WorkingCalendar calendar) {
        this.calendar = calendar;
        this.files = files;
        this.rules = rules;
        this.consultations = consultations;
        this.drafts = drafts;
        this.people = people;
    }

    /** Opens a new round: the steps that apply, the first of them open at once. */
    void open(DraftDetails draft, ActionRequest request, Instant now) {
        int round = consultations.lastRound(draft.id()) + 1;
        boolean federal = yes(request.detail("federalGovernmentPower"));
        int position = 0;
        for (var rule : rules.consultationsFor(draft.kind())) {
            if (rule.when() == Condition.FINANCIAL_IMPLICATIONS && !draft.financialImplications()
                    || rule.when() == Condition.FEDERAL_GOVERNMENT_POWER && !federal) {
                continue;
            }
            long committee = committeeOf(rule, draft);
            // working days, shortened by the draft's priority mark as it stands when the round opens
            consultations.save(new Consultation(draft.id(), round, position++, rule.step(), committee,
                    rules.workingDays(rule.deadline(), draft.priority()), draft.priority()));
            drafts.shareWith(draft.id(), committee);
        }
        openNext(draft.id(), now);
    }

    /** The step waiting for its division's view, if any. */
    Optional<Consultation> current(long draftId) {
        return consultations.findLatestRound(draftId).stream().filter(Consultation::isOpen).findFirst();
    }

    List<Consultation> latestRound(long draftId) {
        return consultations.findLatestRound(draftId);
    }

    boolean isConsulted(MashwaraUser user, long draftId) {
        return user.committeeId() != null
                && current(draftId).map(c -> c.getCommitteeId() == user.committeeId()).orElse(false);
    }

    /** Every step of the latest round recorded, and no division objects. */
    boolean complete(long draftId) {
        var round = consultations.findLatestRound(draftId);
        return round.stream().allMatch(Consultation::isRecorded)
                && round.stream().noneMatch(c -> "object".equals(c.getView()));
    }

    /**
     * The open step's division records its view, with the file attached to it if any; a Cabinet step must keep the
     * clear days before its meeting. Anything refused (the file included) leaves the step open.
     */
    Optional<ConsultationAttachment> recordView(DraftDetails draft, ActionRequest request, MashwaraUser user,
            Instant now) {
        var step = current(draft.id()).orElseThrow(() -> new ConflictException("error.routing.noOpenConsultation"));
        // the page sends CONCUR_WITH_OBSERVATIONS, the API concur-with-observations: the same view
        var view = request.detail("view") == null ? null
                : request.detail("view").toLowerCase(Locale.ROOT).replace('_', '-');
        if (!VIEWS.contains(view)) {
            throw new InvalidInputException("error.routing.view");
        }
        var text = request.detail("viewText");
        if (text.length() > Consultation.MAX_VIEW) {
            throw new InvalidInputException("error.routing.view.tooLong", Consultation.MAX_VIEW);
        }
        var rule = rules.consultationsFor(draft.kind()).stream().filter(r -> r.step().equals(step.getStep()))
                .findFirst().orElse(null);
        LocalDate meeting = null;
        LocalDate lodged = null;
        if (rule != null && rule.clearDaysBeforeMeeting() != null) {
            meeting = date(request.detail("meetingDate"));
            lodged = date(request.detail("summaryLodgedOn"));
            if (meeting == null || lodged == null) {
                throw new InvalidInputException("error.routing.cabinet.dates");
            }
            // clear days: neither the day the summary was lodged nor the day of the meeting counts
            long clear = ChronoUnit.DAYS.between(lodged, meeting) - 1;
            if (clear < rule.clearDaysBeforeMeeting()) {
                throw new InvalidInputException("error.routing.cabinet.clearDays", rule.clearDaysBeforeMeeting(),
                        Math.max(clear, 0));
            }
        }
        var attached = request.attachment() == null ? Optional.<ConsultationAttachment>empty()
                : Optional.of(files.attach(step, request.attachment(), user, now));
        step.record(view, text, user.getUsername(), now, meeting, lodged);
        consultations.saveAndFlush(step);
        openNext(draft.id(), now);
        return attached;
    }

    private void openNext(long draftId, Instant now) {
        var round = consultations.findLatestRound(draftId);
        if (round.stream().anyMatch(Consultation::isOpen)) {
            return;
        }
        round.stream().filter(c -> c.getOpenedAt() == null).findFirst().ifPresent(next -> {
            next.open(now, calendar.dueAt(now, next.getDeadlineDays()));
            consultations.save(next);
        });
    }

    private long committeeOf(ConsultationRule rule, DraftDetails draft) {
        var relation = rule.relation();
        if (relation.isEmpty()) {
            return people.committeeByCode(rule.with()).orElseThrow(
                    () -> new ConflictException("error.routing.noCommittee", rule.with())).id();
        }
        return switch (relation.get()) {
            case OWN_COMMITTEE -> draft.committeeId();
            case ADMINISTRATIVE_MINISTRY -> people.committeeByCode(draft.committeeCode())
                    .map(c -> c.administrativeMinistryId())
                    .orElseThrow(() -> new ConflictException("error.routing.noMinistry", draft.committeeCode()));
            default -> throw new ConflictException("error.routing.noCommittee", rule.with());
        };
    }

    private static boolean yes(String value) {
        return value != null && Set.of("yes", "true", "y").contains(value.toLowerCase(Locale.ROOT));
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.routing.date", value);
        }
        if (!InputRules.inRange(date)) {
            // the same on every database: MariaDB's DATE ends with 9999, H2's does not
            throw new InvalidInputException("error.routing.dateRange", value, InputRules.FIRST_DATE.toString(),
                    InputRules.LAST_DATE.toString());
        }
        return date;
    }
}
