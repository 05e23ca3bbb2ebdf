package pk.gov.mashwara.record.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import pk.gov.mashwara.record.matrix.MatrixService;
import pk.gov.mashwara.review.ComparisonExports.ExportedFile;
import pk.gov.mashwara.review.MatrixImportResult;
import pk.gov.mashwara.shared.InvalidInputException;

@RestController
@Tag(name = "Review record", description = "Comments matrices")
@SecurityRequirement(name = "basic")
class MatrixApiController {

    private static final String EXPORT = " One row per thread you may see on the version (all=true: on every version; "
            + "a committee's internal notes only for that committee): S.No, version, page and clause, existing text, "
            + "comment, proposed text, commenter and organisation, category, severity, NSMCWG position, the committee's "
            + "response, status in the next version. In Urdu when the client asks for it first (Accept-Language: ur): "
            + "headings, status words and the lines above the table, Urdu right to left; otherwise English. 404 for a "
            + "draft or version you cannot see. Audited.";

    private final MatrixService matrices;

    MatrixApiController(MatrixService matrices) {
        this.matrices = matrices;
    }

    @Operation(summary = "The comments matrix of a version as a spreadsheet (XLSX)", description = "Frozen header, "
            + "filters, wrapped text, Urdu cells right to left; every cell text, never a formula." + EXPORT)
    @GetMapping("/api/drafts/{id}/versions/{number}/matrix.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, @PathVariable int number,
            @RequestParam(defaultValue = "false") boolean all, java.util.Locale locale) {
        return file(matrices.xlsx(id, all ? null : number, locale));
    }

    @Operation(summary = "The comments matrix of a version as a Word document (a landscape table)", description = EXPORT)
    @GetMapping("/api/drafts/{id}/versions/{number}/matrix.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, @PathVariable int number,
            @RequestParam(defaultValue = "false") boolean all, java.util.Locale locale) {
        return file(matrices.docx(id, all ? null : number, locale));
    }

    @Operation(summary = "Record a comments matrix received by letter (XLSX) as threads on the latest version",
            description = "The draft's committee or the NSMCWG secretary. Multipart: file (an XLSX with the headings "
                    + "of the export: at least 'Existing text' and 'Comment'), receivedOn (yyyy-mm-dd, default today). "
                    + "Each row becomes a thread on the passage it quotes, or, when the version does not have that "
                    + "passage once, on the draft as a whole (listed in 'unanchored'); attributed to the commenter and "
                    + "organisation of the row. All rows or none: 400 with the row at fault. Audited.")
    @PostMapping(path = "/api/drafts/{id}/versions/{number}/matrix", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<MatrixImportResult> record(@PathVariable long id, @PathVariable int number,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "receivedOn", required = false) String receivedOn) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.onField("file", "error.matrix.noFile");
        }
        LocalDate received = null;
        if (receivedOn != null && !receivedOn.isBlank()) {
            try {
                received = LocalDate.parse(receivedOn.strip());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.onField("receivedOn", "error.matrix.receivedOn.format");
            }
        }
        try {
            return ResponseEntity.status(201).body(matrices.importXlsx(id, number, received, file.getBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<byte[]> file(ExportedFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.content().length)
                .body(file.content());
    }
}
