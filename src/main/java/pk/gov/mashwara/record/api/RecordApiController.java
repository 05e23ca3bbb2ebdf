package pk.gov.mashwara.record.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import pk.gov.mashwara.record.RecordService;

@RestController
@Tag(name = "Review record", description = "The review record of a draft as PDF")
@SecurityRequirement(name = "basic")
class RecordApiController {

    private final RecordService records;

    RecordApiController(RecordService records) {
        this.records = records;
    }

    @Operation(summary = "The review record of a draft (PDF): particulars, versions, review threads and history")
    @GetMapping("/api/drafts/{id}/record.pdf")
    ResponseEntity<byte[]> record(@PathVariable long id) {
        var file = records.export(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(file.content().length)
                .body(file.content());
    }
}
