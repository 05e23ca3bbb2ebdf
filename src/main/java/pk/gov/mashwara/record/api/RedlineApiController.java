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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import pk.gov.mashwara.review.ComparisonExports.ExportedFile;
import pk.gov.mashwara.record.redline.RedlineService;

@RestController
@Tag(name = "Review record", description = "Redlines of two versions")
@SecurityRequirement(name = "basic")
class RedlineApiController {

    private static final String ERRORS = " Matched and bounded as /compare: 400 for the same version twice, 404 for a "
            + "draft or version you cannot see, 409 when a version has no text (yet), 429 with Retry-After while the "
            + "portal is computing as many very large comparisons as it can. Audited.";

    private final RedlineService redlines;

    RedlineApiController(RedlineService redlines) {
        this.redlines = redlines;
    }

    @Operation(summary = "A redline of two versions as a Word document with tracked changes",
            description = "Every difference is a tracked change (w:ins / w:del) by whoever uploaded version 'to', dated "
                    + "its upload: accepting them all gives version 'to', rejecting them all version 'from'." + ERRORS)
    @GetMapping("/api/drafts/{id}/compare.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return file(redlines.docx(id, from, to));
    }

    @Operation(summary = "A redline of two versions as a PDF",
            description = "Removed text struck through, added text underlined, a bar in the margin beside each "
                    + "changed paragraph; the diary number, classification and page X of Y on every page." + ERRORS)
    @GetMapping("/api/drafts/{id}/compare.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam int from, @RequestParam int to) {
        return file(redlines.pdf(id, from, to));
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
