package pk.gov.mashwara.text.api;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import pk.gov.mashwara.draft.DraftService;
import pk.gov.mashwara.draft.VersionInfo;
import pk.gov.mashwara.shared.NotFoundException;
import pk.gov.mashwara.text.ExtractionReason;
import pk.gov.mashwara.text.ExtractionStatus;
import pk.gov.mashwara.text.ExtractionSummary;
import pk.gov.mashwara.text.ReaderService;

@RestController
@Tag(name = "Text", description = "The extracted text of versions")
@SecurityRequirement(name = "basic")
class TextApiController {

    private final ReaderService reader;
    private final DraftService drafts;

    TextApiController(ReaderService reader, DraftService drafts) {
        this.reader = reader;
        this.drafts = drafts;
    }

    /** A version with where its text extraction stands. */
    record Version(long draftId, int number, String fileName, String mediaType, long sizeBytes, String sha256,
            String uploadedBy, java.time.Instant uploadedAt, ExtractionStatus extraction, ExtractionReason reason,
            long characters, boolean truncated, boolean ocr) {
    }

    @Operation(summary = "A version, with where the extraction of its text stands")
    @GetMapping("/api/drafts/{id}/versions/{number}")
    Version version(@PathVariable long id, @PathVariable int number) {
        var info = drafts.get(id).versions().stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("error.version.notFound", number));
        var summary = reader.statuses(id).stream().filter(s -> s.versionNumber() == number).findFirst().orElseThrow();
        return version(id, info, summary);
    }

    @Operation(summary = "The extracted text of a version (UTF-8 plain text)",
            description = "409 when the version has no text (yet): the body says why.")
    @GetMapping(path = "/api/drafts/{id}/versions/{number}/text", produces = MediaType.TEXT_PLAIN_VALUE)
    void text(@PathVariable long id, @PathVariable int number, jakarta.servlet.http.HttpServletResponse response)
            throws java.io.IOException {
        var summary = reader.status(id, number);
        if (!summary.status().hasText()) {
            throw new NoTextException(summary.status());
        }
        response.setContentType(new MediaType("text", "plain", StandardCharsets.UTF_8).toString());
        response.setHeader("X-Extraction-Status", summary.status().name());
        response.setHeader("X-Text-Truncated", Boolean.toString(summary.truncated()));
        response.setHeader("X-Text-OCR", Boolean.toString(summary.ocr()));
        var stored = reader.storedText(id, number).orElseThrow(() -> new NoTextException(summary.status()));
        // written as it is decompressed: a long text is never held whole, nor copied into an answer in memory
        stored.writeTo(response.getOutputStream());
    }

    private static Version version(long id, VersionInfo v, ExtractionSummary s) {
        return new Version(id, v.number(), v.fileName(), v.mediaType(), v.sizeBytes(), v.sha256(), v.uploadedBy(),
                v.uploadedAt(), s.status(), s.reason(), s.characters(), s.truncated(), s.ocr());
    }

    /** The version has no text to give; the status says why (pending, scanned, protected…). */
    static class NoTextException extends pk.gov.mashwara.shared.ConflictException {
        NoTextException(ExtractionStatus status) {
            super("error.api.noText", status);
        }
    }
}
