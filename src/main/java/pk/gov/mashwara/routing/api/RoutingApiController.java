package pk.gov.mashwara.routing.api;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.routing.ActionRequest;
import pk.gov.mashwara.routing.RoutingRules.Ask;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.routing.RoutingView;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.FileResponses;
import pk.gov.mashwara.shared.InputRules;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.Messages;

@RestController
@RequestMapping("/api/drafts/{id}")
@Tag(name = "Routing", description = "Where a draft stands under the Rules of Business, and moving it on")
@SecurityRequirement(name = "basic")
class RoutingApiController {

    private final RoutingService routing;

    RoutingApiController(RoutingService routing) {
        this.routing = routing;
    }

    /**
     * An action as a client asks for it: {@code version} is the draft's version as read (from {@code GET
     * .../routing}), so that of two simultaneous actions one wins and the other is told who acted.
     */
    record ActRequest(Long version, String reason, Map<String, String> details) {
    }

    /** Who the draft waits for: a role, and how its holder must stand to the draft (e.g. {@code own-committee}). */
    record WaitingFor(Role role, String relation) {
    }

    /**
     * An action the caller may take now, or once what {@code blockedBy} names holds ({@code blockedByText}: the
     * same in English words).
     */
    record Action(String name, String title, DraftStatus to, List<Ask> asks, boolean possibleNow,
            List<String> blockedBy, List<String> blockedByText) {
    }

    /** The file attached to a division's view, with where to download it. */
    record Attachment(String fileName, String mediaType, long size, String sha256, String uploadedBy,
            Instant uploadedAt, String url) {
    }

    /**
     * A step of the latest round of consultations: {@code division} is the consulted committee's code, {@code stage}
     * its stage (steps of one stage are consulted together, each due at its own {@code dueAt}, in working days),
     * {@code status} {@code NOT_YET_OPEN}, {@code OPEN} or {@code RECORDED}; {@code addedBy}/{@code addedReason} for a
     * division added case by case; the view recorded as a U.O. note, and how an objection was dealt with. For a
     * deciding step (the Cabinet, the CCLC: {@code decides}), its summary (the file lodged last:
     * {@code summaryFile}) and decision instead of a view.
     */
    record Consultation(long id, int stage, String step, String division, String divisionName, Instant openedAt,
            Instant dueAt, RoutingView.Status status, String addedBy, String addedReason, View view,
            Attachment attachment, RoutingView.ObjectionPath objectionPath, boolean decides,
            LocalDate summaryLodgedOn, String summaryReturnReason, String decision, String caseNumber,
            LocalDate meetingDate, boolean byCirculation, LocalDate decidedOn, String modifications,
            Attachment summaryFile) {
    }

    /**
     * A division's view as its U.O. note; {@code recordedOnBehalf} when an NSMCWG secretary or the committee's
     * officer recorded it for the division, with the day the note was {@code receivedOn}.
     */
    record View(String view, String text, String uoNumber, java.time.LocalDate uoDate, String designation,
            String recordedBy, Instant recordedAt, boolean recordedOnBehalf, java.time.LocalDate receivedOn) {
    }

    record Routing(long draftId, DraftStatus state, String stateTitle, WaitingFor waitingFor, Instant since,
            Instant dueAt, boolean overdue, List<RoutingView.Step> history, List<Action> actions,
            List<Consultation> consultations, long version, pk.gov.mashwara.draft.Priority priority,
            @io.swagger.v3.oas.annotations.media.Schema(nullable = true) String fileNumber) {
    }

    @Operation(summary = "Where the draft stands, its routing history, its consultations and the actions you may take now")
    @GetMapping("/routing")
    Routing routing(@PathVariable long id) {
        return json(routing.routing(id), routing.consultations(id), routing.decisions(id));
    }

    @Operation(summary = "Take a routing action (e.g. put-up, submit, open-review, return-for-revision)")
    @PostMapping("/actions/{action}")
    Routing act(@PathVariable long id, @PathVariable String action, @RequestBody ActRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("error.routing.version");
        }
        routing.act(id, action, new ActionRequest(request.version(), request.reason(), request.details()));
        return routing(id);
    }

    /**
     * The same as multipart form fields, for a division's view with an attached file ({@code record-view}):
     * {@code version}, {@code reason}, the details by name ({@code view}, {@code viewText}, …) and {@code file}.
     */
    @Operation(summary = "Take a routing action with an attached file (record-view; lodge-summary, where the final "
            + "summary, DOCX or PDF, is required): multipart fields version, view, viewText, summaryLodgedOn, … and file")
    @PostMapping(path = "/actions/{action}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Routing actWithFile(@PathVariable long id, @PathVariable String action,
            @RequestParam MultiValueMap<String, String> fields,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        // form fields are not bound one by one, so the rule for text (no NUL) is applied here
        fields.forEach((name, values) -> {
            InputRules.text(name, "name of a field");
            values.forEach(value -> InputRules.text(value, name));
        });
        var version = fields.getFirst("version");
        if (version == null || version.isBlank()) {
            throw new InvalidInputException("error.routing.version");
        }
        var details = new LinkedHashMap<String, String>();
        fields.forEach((name, values) -> {
            if (!Set.of("version", "reason", "file").contains(name) && !values.isEmpty()) {
                details.put(name, values.getFirst());
            }
        });
        var attachment = file == null ? null
                : new ActionRequest.Attachment(file.getOriginalFilename(), file::getInputStream);
        routing.act(id, action, new ActionRequest(version(version), fields.getFirst("reason"),
                details, attachment));
        return routing(id);
    }

    @Operation(summary = "The exact bytes of the file a consulted division attached to its view")
    @GetMapping("/consultations/{consultationId}/attachment")
    ResponseEntity<InputStreamResource> attachment(@PathVariable long id, @PathVariable long consultationId)
            throws IOException {
        var download = routing.attachment(id, consultationId);
        return FileResponses.download(download.fileName(), download.mediaType(), download.sizeBytes(), download.sha256(),
                download.open());
    }

    private static long version(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.routing.version");
        }
    }

    private static Routing json(RoutingView view, List<RoutingView.ConsultationStep> steps,
            List<RoutingView.DecisionStep> decisions) {
        var deciding = new java.util.HashMap<Long, RoutingView.DecisionStep>();
        decisions.forEach(d -> deciding.put(d.consultationId(), d));
        var waiting = view.waitingFor() == null ? null
                : new WaitingFor(view.waitingFor().role(), view.waitingFor().relation().key());
        var actions = view.actions().stream()
                .map(a -> new Action(a.name(), a.title(), a.to(), a.asks(), a.possibleNow(), a.blockedBy(),
                        a.blockedBy().stream().map(key -> Messages.get(Locale.ENGLISH, key)).toList()))
                .toList();
        var consultations = steps.stream().map(c -> {
            var d = deciding.get(c.id());
            return new Consultation(c.id(), c.stage(), c.step(), c.committeeCode(),
                c.committeeName(), c.openedAt(), c.dueAt(), c.status(), c.added() == null ? null : c.added().by(),
                c.added() == null ? null : c.added().reason(),
                // a deciding body gives no view: its decision is given below
                c.view() == null || d != null ? null : new View(c.view(), c.viewText(),
                        c.note() == null ? null : c.note().uoNumber(), c.note() == null ? null : c.note().uoDate(),
                        c.note() == null ? null : c.note().designation(), c.recordedBy(), c.recordedAt(),
                        c.note() != null && c.note().onBehalf(), c.note() == null ? null : c.note().receivedOn()),
                c.attachment() == null ? null : new Attachment(c.attachment().fileName(), c.attachment().mediaType(),
                        c.attachment().sizeBytes(), c.attachment().sha256(), c.attachment().uploadedBy(),
                        c.attachment().uploadedAt(),
                        "/api/drafts/" + view.draftId() + "/consultations/" + c.id() + "/attachment"),
                c.resolution(),
                d != null, d == null ? null : d.summaryLodgedOn(), d == null ? null : d.summaryReturnReason(),
                d == null ? null : d.decision(), d == null ? null : d.caseNumber(), d == null ? null : d.meetingDate(),
                d != null && d.byCirculation(), d == null ? null : d.decidedOn(), d == null ? null : d.modifications(),
                d == null || d.summaryFile() == null ? null : new Attachment(d.summaryFile().fileName(),
                        d.summaryFile().mediaType(), d.summaryFile().sizeBytes(), d.summaryFile().sha256(),
                        d.summaryFile().uploadedBy(), d.summaryFile().uploadedAt(),
                        "/api/drafts/" + view.draftId() + "/cabinet-summary/lodged?summary=" + d.summaryId()));
        }).toList();
        return new Routing(view.draftId(), view.status(), view.stateTitle(), waiting, view.since(), view.dueAt(),
                view.overdue(), view.history(), actions, consultations, view.draftVersion(), view.priority(),
                view.fileNumber());
    }
}
