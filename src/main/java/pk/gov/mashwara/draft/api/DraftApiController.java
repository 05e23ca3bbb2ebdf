package pk.gov.mashwara.draft.api;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.CreatedDraft;
import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.draft.DraftFilter;
import pk.gov.mashwara.draft.DraftKind;
import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.draft.DraftSummary;
import pk.gov.mashwara.draft.NewDraft;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.shared.ApiValues;
import pk.gov.mashwara.shared.FileResponses;
import pk.gov.mashwara.shared.Paging;

@RestController
@RequestMapping("/api/drafts")
@Tag(name = "Drafts", description = "Drafts, their versions and the original files")
@SecurityRequirement(name = "basic")
class DraftApiController {

    private static final int MAX_PAGE_SIZE = 100;

    private final DraftService drafts;
    private final ApiParameters parameters;

    DraftApiController(DraftService drafts, ApiParameters parameters) {
        this.drafts = drafts;
        this.parameters = parameters;
    }

    /** A page of drafts. */
    record DraftPage(List<DraftSummary> items, int page, int size, long total) {
    }

    /** The committee's file number of a draft; null or blank clears it. */
    record FileNumberRequest(String fileNumber) {
    }

    /** A draft's priority mark, with the reason the NSMCWG secretary must give for changing it. */
    record PriorityRequest(String priority, String reason) {
    }

    @Operation(summary = "Create a draft with its first file",
            description = "`fileNumber` is the committee's own file number, e.g. `F. No. 2(1)/2026-Pub.` (optional; "
                    + "400 naming it when it is not the shape of a file number); `priority` its mark: ROUTINE "
                    + "(the default), PRIORITY, IMMEDIATE or MOST_IMMEDIATE.")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CreatedDraft> create(@RequestPart("file") MultipartFile file, @RequestParam String title,
            @RequestParam String committee, @RequestParam String kind, @RequestParam String legalBasis,
            @RequestParam(defaultValue = "false") String financialImplications,
            @RequestParam(defaultValue = "UNCLASSIFIED") String classification,
            @RequestParam(required = false) String fileNumber, @RequestParam(required = false) String priority)
            throws IOException {
        var metadata = new NewDraft(title, parameters.committeeId(committee), DraftKind.parse(kind, "kind"), legalBasis,
                ApiValues.parseBoolean(financialImplications, "financialImplications"), ApiValues.parse(Classification.class, classification, "classification"),
                fileNumber, Priority.parse(priority, "priority"));
        try (var in = file.getInputStream()) {
            var created = drafts.create(metadata, file.getOriginalFilename(), in);
            return ResponseEntity.created(URI.create("/api/drafts/" + created.id())).body(created);
        }
    }

    @Operation(summary = "Upload a new version of a draft")
    @PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CreatedDraft> addVersion(@PathVariable long id, @RequestPart("file") MultipartFile file)
            throws IOException {
        try (var in = file.getInputStream()) {
            var created = drafts.addVersion(id, file.getOriginalFilename(), in);
            return ResponseEntity.created(URI.create("/api/drafts/" + id + "/versions/" + created.version()))
                    .body(created);
        }
    }

    @Operation(summary = "List the drafts you may see")
    @GetMapping
    DraftPage list(@RequestParam(required = false) String committee, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Paging.checkPage(page, size, MAX_PAGE_SIZE);
        var filter = new DraftFilter(committee == null || committee.isBlank() ? null : parameters.committeeId(committee),
                kind == null || kind.isBlank() ? null : DraftKind.parse(kind, "kind"),
                status == null || status.isBlank() ? null : ApiValues.parse(DraftStatus.class, status, "status"), q);
        var result = drafts.list(filter, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "updatedAt")));
        return new DraftPage(result.getContent(), page, size, result.getTotalElements());
    }

    @Operation(summary = "A draft's metadata and versions")
    @GetMapping("/{id}")
    DraftDetails get(@PathVariable long id) {
        return drafts.get(id);
    }

    @Operation(summary = "Set or correct the committee's file number of a draft",
            description = "For the committee's drafter or officer, at any step. 400 naming `fileNumber` when it is "
                    + "not the shape of a file number (`F. No. 2(1)/2026-Pub.`, `No. 1(1)/AS-II/2021`) or longer than "
                    + "60 characters; blank clears it. Audited.")
    @PutMapping("/{id}/file-number")
    DraftDetails setFileNumber(@PathVariable long id, @RequestBody FileNumberRequest request) {
        return drafts.setFileNumber(id, request.fileNumber());
    }

    @Operation(summary = "Mark a draft's priority",
            description = "ROUTINE, PRIORITY, IMMEDIATE or MOST_IMMEDIATE. The committee's drafter or officer while "
                    + "the committee holds the draft (before submission, or returned for revision); the NSMCWG "
                    + "secretary at any step before it is closed, with a `reason`. A more urgent mark shortens the "
                    + "deadlines of the steps that begin after it by the rule book's factors. Audited.")
    @PutMapping("/{id}/priority")
    DraftDetails setPriority(@PathVariable long id, @RequestBody PriorityRequest request) {
        if (request.priority() == null || request.priority().isBlank()) {
            throw pk.gov.mashwara.shared.InvalidInputException.onField("priority", "error.draft.priority", "");
        }
        return drafts.markPriority(id, Priority.parse(request.priority(), "priority"), request.reason());
    }

    @Operation(summary = "The exact bytes of a version as uploaded")
    @GetMapping("/{id}/versions/{number}/file")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable int number) throws IOException {
        var download = drafts.download(id, number);
        return FileResponses.download(download.fileName(), download.mediaType(), download.sizeBytes(), download.sha256(),
                download.open());
    }

}
