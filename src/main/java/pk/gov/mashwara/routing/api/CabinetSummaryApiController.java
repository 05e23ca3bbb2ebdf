package pk.gov.mashwara.routing.api;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import pk.gov.mashwara.routing.CabinetSummaryService;
import pk.gov.mashwara.shared.FileResponses;

/**
 * The summary for the Cabinet on a draft, generated from its record for the sponsoring division to complete and
 * lodge: for the sponsoring division, the NSMCWG and the Cabinet Division (anyone else who sees the draft is
 * refused); not found where no Cabinet step applies or the draft is not visible.
 */
@RestController
@RequestMapping("/api/drafts/{id}")
@Tag(name = "Routing", description = "Where a draft stands under the Rules of Business, and moving it on")
@SecurityRequirement(name = "basic")
class CabinetSummaryApiController {

    private final CabinetSummaryService summaries;

    CabinetSummaryApiController(CabinetSummaryService summaries) {
        this.summaries = summaries;
    }

    @Operation(summary = "The summary for the Cabinet generated from the draft's record (DOCX, editable), where a "
            + "Cabinet step applies")
    @GetMapping("/cabinet-summary.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) {
        var file = summaries.summary(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.content().length)
                .body(file.content());
    }

    @Operation(summary = "The final summary as the sponsoring division lodged it with the Cabinet Division (DOCX or "
            + "PDF, byte for byte): the latest lodging, or the one named by 'summary'")
    @GetMapping("/cabinet-summary/lodged")
    ResponseEntity<org.springframework.core.io.InputStreamResource> lodged(@PathVariable long id,
            @RequestParam(name = "summary", required = false) Long summary) throws java.io.IOException {
        var download = summaries.lodged(id, summary);
        return FileResponses.download(download.fileName(), download.mediaType(), download.sizeBytes(),
                download.sha256(), download.open());
    }
}
