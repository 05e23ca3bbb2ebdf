package pk.gov.mashwara.directions.api;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import pk.gov.mashwara.directions.ComplianceQueries;
import pk.gov.mashwara.directions.DirectionInfo;
import pk.gov.mashwara.directions.EventInfo;
import pk.gov.mashwara.directions.EvidenceFile;
import pk.gov.mashwara.directions.Forwarding;
import pk.gov.mashwara.directions.LetterDetails;
import pk.gov.mashwara.directions.LetterService;
import pk.gov.mashwara.directions.LetterSummary;
import pk.gov.mashwara.directions.NewAddressee;
import pk.gov.mashwara.directions.NewDirection;
import pk.gov.mashwara.directions.NewLetter;
import pk.gov.mashwara.directions.NewProgress;
import pk.gov.mashwara.directions.NewReceipt;
import pk.gov.mashwara.directions.ProgressItem;
import pk.gov.mashwara.directions.ProgressService;
import pk.gov.mashwara.directions.ProgressStatus;
import pk.gov.mashwara.directions.ReceiptInfo;
import pk.gov.mashwara.directions.Timeline;
import pk.gov.mashwara.directions.TimelineKind;
import pk.gov.mashwara.directory.DirectoryService;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.shared.ApiValues;
import pk.gov.mashwara.shared.FileResponses;
import pk.gov.mashwara.shared.InvalidInputException;

@RestController
@Tag(name = "Directions", description = "Letters of directions, their circulation with receipts, and progress")
@SecurityRequirement(name = "basic")
class DirectionsApiController {

    private final LetterService letters;
    private final ProgressService progress;
    private final ComplianceQueries compliance;
    private final DirectoryService directory;

    DirectionsApiController(LetterService letters, ProgressService progress, ComplianceQueries compliance,
            DirectoryService directory) {
        this.letters = letters;
        this.progress = progress;
        this.compliance = compliance;
        this.directory = directory;
    }

    /** An addressee: a body by its code, every body ({@code all}), or an office by {@code name} alone. */
    record AddresseeRequest(String body, Boolean all, String name, Boolean copy) {
    }

    /** A time line: {@code kind} one of IMMEDIATE, BY_DATE, WITHIN, UPON_EVENT, ONGOING, NONE. */
    record TimelineRequest(String kind, Integer amount, String unit, LocalDate date, String event) {
    }

    record DirectionRequest(String label, String text, String timelineText, TimelineRequest timeline, String actionBy,
            Boolean allBodies, String lead, List<String> supporting, List<Long> drafts, List<String> refs) {
    }

    record LetterRequest(String issuingOffice, String reference, LocalDate date, String subject, String classification,
            String priority, Boolean socialMedia, String body, String signedBy, List<AddresseeRequest> addressees,
            List<DirectionRequest> directions) {
    }

    record ForwardRequest(String reference, LocalDate date, String body, String signedBy,
            List<AddresseeRequest> addressees) {
    }

    record EventRequest(String name, LocalDate occurredOn) {
    }

    @Operation(summary = "The letters you may see, every letter of each cascade, newest first")
    @GetMapping("/api/letters")
    List<LetterSummary> list() {
        return letters.letters();
    }

    @Operation(summary = "Register a letter with its addressees and directions",
            description = "Bodies are named by their directory code (`PMO`, `MOIT`); `allBodies` is \"All "
                    + "Ministries/Divisions\". Only the issuing office's monitor, or the NSMCWG's secretary, registers.")
    @PostMapping(path = "/api/letters", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LetterDetails> register(@RequestBody LetterRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.directions.letter.missing");
        }
        var directions = new ArrayList<NewDirection>();
        for (var d : request.directions() == null ? List.<DirectionRequest>of() : request.directions()) {
            if (d == null) {
                continue;
            }
            directions.add(new NewDirection(d.label(), d.text(), d.timelineText(), timeline(d.timeline()),
                    d.actionBy(), Boolean.TRUE.equals(d.allBodies()), d.lead() == null ? null : body(d.lead(), "lead"),
                    d.supporting() == null ? List.of() : d.supporting().stream().map(s -> body(s, "supporting")).toList(),
                    d.drafts(), d.refs()));
        }
        var created = letters.register(new NewLetter(body(request.issuingOffice(), "issuingOffice"),
                request.reference(), request.date(), request.subject(),
                request.classification() == null ? null
                        : ApiValues.parse(Classification.class, request.classification(), "classification"),
                Priority.parse(request.priority(), "priority"), Boolean.TRUE.equals(request.socialMedia()),
                request.body(), request.signedBy(), addressees(request.addressees()), directions), null);
        return ResponseEntity.created(URI.create("/api/letters/" + created.letter().id())).body(created);
    }

    @Operation(summary = "A letter with its directions, cascade, receipts and events")
    @GetMapping("/api/letters/{id}")
    LetterDetails get(@PathVariable long id) {
        return letters.letter(id);
    }

    @Operation(summary = "The letter's file, byte for byte")
    @GetMapping("/api/letters/{id}/file")
    ResponseEntity<InputStreamResource> file(@PathVariable long id) throws IOException {
        var download = letters.file(id);
        return FileResponses.download(download.fileName(), download.mediaType(), download.sizeBytes(),
                download.sha256(), download.open());
    }

    @Operation(summary = "Record your office's receipt of the letter: its diary number and date")
    @PostMapping(path = "/api/letters/{id}/receipts", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReceiptInfo> receipt(@PathVariable long id, @RequestBody NewReceipt receipt) {
        var recorded = letters.recordReceipt(id, receipt);
        return ResponseEntity.created(URI.create("/api/letters/" + id)).body(recorded);
    }

    @Operation(summary = "Forward the letter down the cascade, for information and compliance")
    @PostMapping(path = "/api/letters/{id}/forward", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<LetterDetails> forward(@PathVariable long id, @RequestBody ForwardRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.directions.letter.missing");
        }
        var created = letters.forward(id, new Forwarding(request.reference(), request.date(), request.body(),
                request.signedBy(), addressees(request.addressees())));
        return ResponseEntity.created(URI.create("/api/letters/" + created.letter().id())).body(created);
    }

    @Operation(summary = "Record an event the letter's time lines wait for, e.g. \"formation of NSMCWG\"")
    @PostMapping(path = "/api/letters/{id}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EventInfo> event(@PathVariable long id, @RequestBody EventRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.directions.letter.missing");
        }
        return ResponseEntity.created(URI.create("/api/letters/" + id))
                .body(letters.recordEvent(id, request.name(), request.occurredOn()));
    }

    @Operation(summary = "The directions you may see, most overdue first",
            description = "`body`: a directory code; `status`: NOT_STARTED, IN_PROGRESS, DONE, CANNOT_PROCEED; "
                    + "`overdue`: true or false.")
    @GetMapping("/api/directions")
    List<DirectionInfo> directions(@RequestParam(required = false) String body,
            @RequestParam(required = false) String status, @RequestParam(required = false) String overdue) {
        return compliance.directions(body,
                status == null || status.isBlank() ? null : ApiValues.parse(ProgressStatus.class, status, "status"),
                overdue == null || overdue.isBlank() ? null : ApiValues.parseBoolean(overdue, "overdue"));
    }

    @Operation(summary = "A direction with its bodies' status and the entries you may read")
    @GetMapping("/api/directions/{id}")
    ProgressService.DirectionPage direction(@PathVariable long id) {
        return progress.direction(id);
    }

    @Operation(summary = "Record your body's progress on a direction, with evidence files",
            description = "`status`: NOT_STARTED, IN_PROGRESS, DONE (needs evidence) or CANNOT_PROCEED (needs a "
                    + "`reason`); `date` (default today), `done`, `remains`, `percent`, `milestone`, `shared`.")
    @PostMapping(path = "/api/directions/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ProgressItem> record(@PathVariable long id, @RequestParam String status,
            @RequestParam(required = false) LocalDate date, @RequestParam(required = false) String done,
            @RequestParam(required = false) String remains, @RequestParam(required = false) Integer percent,
            @RequestParam(required = false) String milestone, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "false") String shared,
            @RequestPart(name = "evidence", required = false) List<MultipartFile> evidence) {
        var files = new ArrayList<EvidenceFile>();
        for (var file : evidence == null ? List.<MultipartFile>of() : evidence) {
            files.add(new EvidenceFile(file.getOriginalFilename(), file::getInputStream));
        }
        var entry = progress.record(id, new NewProgress(date, ApiValues.parse(ProgressStatus.class, status, "status"),
                done, remains, percent, milestone, reason, ApiValues.parseBoolean(shared, "shared"), files));
        return ResponseEntity.created(URI.create("/api/directions/" + id)).body(entry);
    }

    @Operation(summary = "As the lead body's officer, confirm that an entry's work is done")
    @PostMapping("/api/progress/{entryId}/confirm")
    ProgressItem confirm(@PathVariable long entryId) {
        return progress.confirm(entryId);
    }

    @Operation(summary = "A file of evidence, byte for byte")
    @GetMapping("/api/evidence/{id}")
    ResponseEntity<InputStreamResource> evidence(@PathVariable long id) throws IOException {
        var download = progress.evidence(id);
        return FileResponses.download(download.fileName(), download.mediaType(), download.sizeBytes(),
                download.sha256(), download.open());
    }

    private long body(String code, String field) {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.onField(field, "error.directions.required",
                    pk.gov.mashwara.shared.Messages.field("directions", field));
        }
        return directory.committeeByCode(code).orElseThrow(() -> InvalidInputException.onField(field,
                "error.directions.body.unknownCode", code)).id();
    }

    private List<NewAddressee> addressees(List<AddresseeRequest> requests) {
        var out = new ArrayList<NewAddressee>();
        for (var a : requests == null ? List.<AddresseeRequest>of() : requests) {
            if (a != null) {
                out.add(new NewAddressee(a.body() == null || a.body().isBlank() ? null : body(a.body(), "addressees"),
                        Boolean.TRUE.equals(a.all()), a.name(), Boolean.TRUE.equals(a.copy())));
            }
        }
        return out;
    }

    private static Timeline timeline(TimelineRequest t) {
        if (t == null || t.kind() == null) {
            throw InvalidInputException.onField("timeline", "error.directions.timeline.kind");
        }
        return new Timeline(ApiValues.parse(TimelineKind.class, t.kind(), "timeline"), t.amount(),
                t.unit() == null ? null : ApiValues.parse(Timeline.Unit.class, t.unit(), "unit"), t.date(), t.event());
    }
}
