package pk.gov.mashwara.routing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.directory.People;
import pk.gov.mashwara.record.RecordBlock;
import pk.gov.mashwara.record.RecordContext;
import pk.gov.mashwara.record.RecordSection;
import pk.gov.mashwara.routing.domain.Consultation;
import pk.gov.mashwara.routing.domain.ConsultationAttachment;
import pk.gov.mashwara.routing.domain.RoutingStepRepository;
import pk.gov.mashwara.shared.Messages;

/**
 * The routing part of a review record: every action taken under the rules with who and when, the
 * consultations with each division's view, and the committee's response to each accepted point.
 */
@Component
class RoutingRecordSection implements RecordSection {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'PKT'", Locale.ENGLISH)
            .withZone(ZoneId.of("Asia/Karachi"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final RoutingRules rules;
    private final RoutingStepRepository steps;
    private final Consultations consultations;
    private final Responses responses;
    private final People people;
    private final ConsultationFiles files;

    RoutingRecordSection(RoutingRules rules, RoutingStepRepository steps, Consultations consultations,
            Responses responses, People people, ConsultationFiles files) {
        this.files = files;
        this.rules = rules;
        this.steps = steps;
        this.consultations = consultations;
        this.responses = responses;
        this.people = people;
    }

    @Override
    public int order() {
        return ROUTING;
    }

    @Override
    public Optional<RecordBlock> contribute(RecordContext context) {
        long draftId = context.draft().id();
        var elements = new ArrayList<RecordBlock.Element>();
        var history = steps.findByDraftIdOrderByIdAsc(draftId);
        if (history.isEmpty()) {
            elements.add(new RecordBlock.Text("No routing action has been taken on this draft yet."));
        } else {
            var rows = history.stream().map(s -> List.of(TIME.format(s.getActedAt()),
                    rules.action(s.getAction()).map(RoutingRules.ActionRule::title).orElse(s.getAction()),
                    status(s.getFromStatus().name()) + " → " + status(s.getToStatus().name()),
                    context.person(s.getActor()), note(s.getReason(), named(Transitions.decode(s.getDetails())))))
                    .toList();
            elements.add(new RecordBlock.Table(List.of("Date and time", "Action", "State", "By", "Reason and details"),
                    new float[] { 18, 20, 20, 16, 26 }, rows));
        }
        var round = consultations.latestRound(draftId);
        if (!round.isEmpty()) {
            var attached = files.of(round);
            elements.add(new RecordBlock.Text("Consultations (round " + round.getFirst().getRound() + "):"));
            elements.add(new RecordBlock.Table(List.of("Step", "Consulted", "Opened / due", "View", "Recorded"),
                    new float[] { 18, 16, 20, 28, 18 }, round.stream()
                            .map(c -> consultationRow(c, attached.get(c.getId()), context)).toList()));
        }
        var answered = responses.recorded(draftId);
        if (!answered.isEmpty()) {
            elements.add(new RecordBlock.Text("The committee's response to the accepted points:"));
            elements.add(new RecordBlock.Table(List.of("Thread", "Response", "By", "Date and time"),
                    new float[] { 10, 54, 18, 18 }, answered.stream().map(r -> List.of("#" + r.getThreadId(),
                            r.getResponse(), context.person(r.getRecordedBy()), TIME.format(r.getRecordedAt())))
                            .toList()));
        }
        return Optional.of(new RecordBlock("Routing and consultations", elements));
    }

    private List<String> consultationRow(Consultation c, ConsultationAttachment file, RecordContext context) {
        var committee = people.committeeById(c.getCommitteeId()).map(info -> info.name()).orElse("#" + c.getCommitteeId());
        var when = c.getOpenedAt() == null ? "not yet open"
                : TIME.format(c.getOpenedAt()) + " / " + TIME.format(c.getDueAt());
        var view = c.getView() == null ? "" : c.getView().replace('-', ' ') + ": " + c.getViewText();
        if (c.getUoNumber() != null) {
            view += " (" + RoutingView.Note.reference(c.getUoNumber()) + " dated " + DAY.format(c.getUoDate()) + ", signed by the "
                    + c.getSignedBy() + ")";
        }
        if (c.isOnBehalf()) {
            view += " — recorded on behalf of " + committee + ", received on " + DAY.format(c.getReceivedOn());
        }
        if (c.getResolution() == Consultation.Resolution.SECRETARIES_MEETING) {
            view += " — objection resolved at the meeting of the Secretaries concerned on "
                    + DAY.format(c.getResolutionMeeting()) + " (attended by " + c.getResolutionAttendees() + "): "
                    + c.getResolutionOutcome();
        } else if (c.getResolution() == Consultation.Resolution.CABINET) {
            view += " — submitted to the Cabinet with both views; the sponsor's reply: " + c.getSponsorReply();
        }
        if (c.getMeetingDate() != null) {
            view += " (summary lodged " + DAY.format(c.getSummaryLodged()) + ", meeting " + DAY.format(c.getMeetingDate()) + ")";
        }
        if (file != null) {
            // the file itself is not in the record: its name and hash identify it in the file store
            view += " — attached file: " + file.getFileName() + ", " + file.getSizeBytes() + " bytes, SHA-256 "
                    + file.getSha256();
        }
        var recorded = c.getRecordedAt() == null ? "" : context.person(c.getRecordedBy()) + ", " + TIME.format(c.getRecordedAt());
        var step = c.isAdded() ? "added by " + context.person(c.getAddedBy()) + " because " + c.getAddedReason()
                : c.getStep();
        return List.of("stage " + c.getStage() + ": " + step, committee, when, view, recorded);
    }

    /** The details with a division's code read as its name, as the record is read by people. */
    private java.util.Map<String, String> named(java.util.Map<String, String> details) {
        if (!details.containsKey("division")) {
            return details;
        }
        var named = new java.util.LinkedHashMap<>(details);
        named.computeIfPresent("division", (k, code) -> people.committeeByCode(code).map(c -> c.name()).orElse(code));
        return named;
    }

    private static String note(String reason, java.util.Map<String, String> details) {
        var parts = new ArrayList<String>();
        if (reason != null) {
            parts.add(reason);
        }
        if (!details.isEmpty()) {
            parts.add(details.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return String.join(" — ", parts);
    }

    private static String status(String name) {
        return Messages.get(Locale.ENGLISH, "draftStatus." + name);
    }
}
