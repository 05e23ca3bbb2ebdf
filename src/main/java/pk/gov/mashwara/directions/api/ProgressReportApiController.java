package pk.gov.mashwara.directions.api;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import pk.gov.mashwara.directions.GeneratedReport;
import pk.gov.mashwara.directions.ProgressReportInfo;
import pk.gov.mashwara.directions.ProgressReports;
import pk.gov.mashwara.directions.ProgressReportsOverview;
import pk.gov.mashwara.directions.ReportEvery;
import pk.gov.mashwara.directions.ReportScheduleInfo;
import pk.gov.mashwara.shared.ApiValues;
import pk.gov.mashwara.shared.FileResponses;
import pk.gov.mashwara.shared.InvalidInputException;

@RestController
@Tag(name = "Progress reports", description = "The progress report on a letter to its issuing office")
@SecurityRequirement(name = "basic")
class ProgressReportApiController {

    private final ProgressReports reports;

    ProgressReportApiController(ProgressReports reports) {
        this.reports = reports;
    }

    record SignOffRequest(LocalDate from, LocalDate to, String diaryNumber, Boolean consolidated) {
    }

    record SentRequest(LocalDate sentOn) {
    }

    record ScheduleRequest(String every, LocalDate startsOn) {
    }

    @Operation(summary = "The progress report for a period as PDF (not kept)",
            description = "`body`: the reporting office's code (your own office by default; the issuing office names "
                    + "one), or `ALL` for the consolidated report of every acting office (for those who see the whole "
                    + "cascade); `from`, `to`: the period (from the day after the last report, to today, by default); "
                    + "`diaryNumber`: printed if given.")
    @GetMapping("/api/letters/{id}/progress-report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String body,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String diaryNumber) {
        return bytes(reports.pdf(id, body, from, to, diaryNumber));
    }

    @Operation(summary = "The progress report for a period as an editable Word document (not kept)")
    @GetMapping("/api/letters/{id}/progress-report.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, @RequestParam(required = false) String body,
            @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            @RequestParam(required = false) String diaryNumber) {
        return bytes(reports.docx(id, body, from, to, diaryNumber));
    }

    @Operation(summary = "The letter's signed-off progress reports, its schedule and the reports due")
    @GetMapping("/api/letters/{id}/progress-reports")
    ProgressReportsOverview list(@PathVariable long id) {
        return reports.overview(id);
    }

    @Operation(summary = "Sign off your office's progress report for a period and keep it",
            description = "By the reporting office's officer, with the office's diary number; with `consolidated`: "
                    + "true, the consolidated report of every acting office, by the compiling office's officer. The "
                    + "PDF and DOCX are kept with their SHA-256 and the sign-off is hashed; it is never changed.")
    @PostMapping(path = "/api/letters/{id}/progress-reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProgressReportInfo> signOff(@PathVariable long id, @RequestBody SignOffRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.directions.report.missing");
        }
        var signed = reports.signOff(id, Boolean.TRUE.equals(request.consolidated()), request.from(), request.to(),
                request.diaryNumber());
        return ResponseEntity.created(URI.create("/api/letters/" + id + "/progress-reports/" + signed.id()))
                .body(signed);
    }

    @Operation(summary = "Record the day a signed-off progress report was sent, once")
    @PostMapping(path = "/api/letters/{id}/progress-reports/{reportId}/sent", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProgressReportInfo sent(@PathVariable long id, @PathVariable long reportId, @RequestBody SentRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.directions.report.missing");
        }
        return reports.recordSent(id, reportId, request.sentOn());
    }

    @Operation(summary = "A kept progress report's PDF, byte for byte")
    @GetMapping("/api/letters/{id}/progress-reports/{reportId}/pdf")
    ResponseEntity<InputStreamResource> keptPdf(@PathVariable long id, @PathVariable long reportId) throws IOException {
        return kept(id, reportId, true);
    }

    @Operation(summary = "A kept progress report's DOCX, byte for byte")
    @GetMapping("/api/letters/{id}/progress-reports/{reportId}/docx")
    ResponseEntity<InputStreamResource> keptDocx(@PathVariable long id, @PathVariable long reportId) throws IOException {
        return kept(id, reportId, false);
    }

    @Operation(summary = "Set when the letter's progress reports fall due",
            description = "`every`: FORTNIGHTLY, MONTHLY or TIMELINE (when a time line ends); `startsOn` (default "
                    + "today). By the issuing office's officer or an acting office's.")
    @PutMapping(path = "/api/letters/{id}/progress-report-schedule", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReportScheduleInfo schedule(@PathVariable long id, @RequestBody ScheduleRequest request) {
        if (request == null) {
            throw new InvalidInputException("error.directions.report.missing");
        }
        return reports.schedule(id, request.every() == null ? null
                : ApiValues.parse(ReportEvery.class, request.every(), "every"), request.startsOn());
    }

    private ResponseEntity<InputStreamResource> kept(long id, long reportId, boolean pdf) throws IOException {
        var download = reports.kept(id, reportId, pdf);
        return FileResponses.download(download.fileName(), download.mediaType(), download.sizeBytes(),
                download.sha256(), download.open());
    }

    private static ResponseEntity<byte[]> bytes(GeneratedReport report) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(report.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(report.mediaType()))
                .contentLength(report.content().length)
                .body(report.content());
    }
}
