package pk.gov.mashwara.engagement.api;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import pk.gov.mashwara.engagement.CommitmentInfo;
import pk.gov.mashwara.engagement.CompanyInfo;
import pk.gov.mashwara.engagement.CompanyService;
import pk.gov.mashwara.engagement.DocumentDirection;
import pk.gov.mashwara.engagement.EngagementDetails;
import pk.gov.mashwara.engagement.EngagementDocumentInfo;
import pk.gov.mashwara.engagement.EngagementKind;
import pk.gov.mashwara.engagement.EngagementService;
import pk.gov.mashwara.engagement.EngagementSummary;
import pk.gov.mashwara.engagement.NewCommitment;
import pk.gov.mashwara.engagement.NewEngagement;
import pk.gov.mashwara.shared.ApiValues;
import pk.gov.mashwara.shared.FileResponses;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.Paging;

@RestController
@RequestMapping("/api/engagements")
@Tag(name = "Engagements", description = "The engagement log with social media companies (directions 1 and 7)")
@SecurityRequirement(name = "basic")
class EngagementApiController {

    private static final int MAX_PAGE_SIZE = EngagementService.MAX_PAGE;

    private final EngagementService engagements;
    private final CompanyService companies;

    EngagementApiController(EngagementService engagements, CompanyService companies) {
        this.engagements = engagements;
        this.companies = companies;
    }

    /** An engagement to log; {@code kind} one of MEETING, CALL, LETTER_SENT, LETTER_RECEIVED, NOTICE_SENT, NOTICE_RECEIVED. */
    record EngagementRequest(String company, String kind, LocalDate occurredOn, String subject, String lead,
            String ourParticipants, String theirParticipants, String topics, String position, Long positionDraftId,
            String directionNumber, String letterReference, List<String> bodies) {
    }

    /** A commitment: {@code owner} a body's code, or {@code COMPANY} (or nothing) for the company. */
    record CommitmentRequest(String owner, String description, LocalDate dueOn) {
    }

    record EngagementPage(List<EngagementSummary> items, int page, int size) {
    }

    @Operation(summary = "Log an engagement with a company",
            description = "For the NSMCWG and the NSA's lead (403 for others). `company` by name; `lead` a user name "
                    + "(default: you); `positionDraftId` a draft whose cleared input the position takes up; "
                    + "`directionNumber` and `letterReference` the direction of the PMO's letter it serves "
                    + "(e.g. `7`, `No. 1(1)/AS-II/2021`); `bodies` codes of the bodies party to it.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<EngagementDetails> log(@RequestBody EngagementRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.engagement.required", "body");
        }
        var kind = request.kind() == null ? null : ApiValues.parse(EngagementKind.class, request.kind(), "kind");
        var created = engagements.log(new NewEngagement(request.company(), kind, request.occurredOn(), request.subject(),
                request.lead(), request.ourParticipants(), request.theirParticipants(), request.topics(),
                request.position(), request.positionDraftId(), request.directionNumber(), request.letterReference(),
                request.bodies()));
        return ResponseEntity.created(URI.create("/api/engagements/" + created.id())).body(created);
    }

    @Operation(summary = "The engagements you may see, newest first",
            description = "Filters: `company` (name), `kind`, `from` and `to` (dates, inclusive).")
    @GetMapping
    EngagementPage list(@RequestParam(required = false) String company, @RequestParam(required = false) String kind,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Paging.checkPage(page, size, MAX_PAGE_SIZE);
        Long companyId = null;
        if (company != null && !company.isBlank()) {
            companyId = companies.companies(false).stream().filter(c -> c.name().equalsIgnoreCase(company.strip()))
                    .findFirst().map(CompanyInfo::id).orElseThrow(() -> InvalidInputException.onField("company",
                            "error.engagement.company.unknown", company.strip()));
        }
        var k = kind == null || kind.isBlank() ? null : ApiValues.parse(EngagementKind.class, kind, "kind");
        return new EngagementPage(engagements.list(companyId, k, from, to, page * size, size), page, size);
    }

    @Operation(summary = "The companies, by name")
    @GetMapping("/companies")
    List<CompanyInfo> companies() {
        return companies.companies(false);
    }

    @Operation(summary = "An engagement with its participants, topics, position, documents and commitments")
    @GetMapping("/{id}")
    EngagementDetails get(@PathVariable long id) {
        return engagements.get(id);
    }

    @Operation(summary = "Add a document exchanged in the engagement",
            description = "`direction`: SENT (to the company) or RECEIVED (from it). Kept byte for byte with its "
                    + "SHA-256, its type detected from the content; the drafts' formats and size limit apply.")
    @PostMapping(path = "/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EngagementDocumentInfo> addDocument(@PathVariable long id, @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "RECEIVED") String direction) throws IOException {
        var d = ApiValues.parse(DocumentDirection.class, direction, "direction");
        try (var in = file.getInputStream()) {
            var added = engagements.addDocument(id, d, file.getOriginalFilename(), in);
            return ResponseEntity.created(URI.create("/api/engagements/" + id + "/documents/" + added.id())).body(added);
        }
    }

    @Operation(summary = "The exact bytes of a document of the engagement (audited)")
    @GetMapping("/{id}/documents/{documentId}")
    ResponseEntity<InputStreamResource> document(@PathVariable long id, @PathVariable long documentId)
            throws IOException {
        var download = engagements.download(id, documentId);
        return FileResponses.download(download.fileName(), download.mediaType(), download.sizeBytes(),
                download.sha256(), download.open());
    }

    @Operation(summary = "Record a commitment made in the engagement",
            description = "Who owes it (`owner`: a body's code, or COMPANY), what, and by when (`dueOn`, not before "
                    + "the engagement).")
    @PostMapping(path = "/{id}/commitments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CommitmentInfo> addCommitment(@PathVariable long id, @RequestBody CommitmentRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.engagement.required", "body");
        }
        var added = engagements.addCommitment(id, new NewCommitment(request.owner(), request.description(),
                request.dueOn()));
        return ResponseEntity.created(URI.create("/api/commitments/" + added.id())).body(added);
    }
}
