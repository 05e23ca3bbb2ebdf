package pk.gov.mashwara.datarequest.api;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import pk.gov.mashwara.datarequest.AnswerUpload;
import pk.gov.mashwara.datarequest.DataRequestService;
import pk.gov.mashwara.datarequest.DataRequestViews;
import pk.gov.mashwara.datarequest.FormWanted;
import pk.gov.mashwara.datarequest.NewDataRequest;
import pk.gov.mashwara.datarequest.TablePreview;
import pk.gov.mashwara.draft.Classification;
import pk.gov.mashwara.draft.Priority;
import pk.gov.mashwara.shared.ApiValues;
import pk.gov.mashwara.shared.FileResponses;
import pk.gov.mashwara.shared.InvalidInputException;

/**
 * Data requests: the NSMCWG's secretary or focal person asks bodies for data; each addressed body acknowledges, asks
 * for clarification, delegates, answers (with files), answers in part or declines; the NSMCWG explains, escalates
 * and reminds. A request one may not see, and a body it was not addressed to, are not found (404); an act one's
 * office does not allow is forbidden (403); an act the body's state does not allow is a conflict (409).
 */
@RestController
@RequestMapping("/api/data-requests")
@Tag(name = "Data requests", description = "Requests for data from ministries, divisions and agencies (direction 4)")
@SecurityRequirement(name = "basic")
class DataRequestApiController {

    private final DataRequestService requests;

    DataRequestApiController(DataRequestService requests) {
        this.requests = requests;
    }

    /**
     * @param bodies          the codes of the bodies asked, e.g. {@code ["MOIT","FIA"]}
     * @param formWanted      FIGURES, FILE or TABLE
     * @param classification  UNCLASSIFIED (the default), RESTRICTED or CONFIDENTIAL
     * @param priority        ROUTINE (the default), PRIORITY, IMMEDIATE or MOST_IMMEDIATE
     * @param deadlineDays    working days from today, 1 to 90
     * @param directionLetter the PMO letter's number, e.g. {@code No. 1(1)/AS-II/2021}
     * @param directionNumber the direction's number in it, e.g. {@code 4}
     */
    record CreateRequest(String subject, String question, String whyNeeded, String formWanted, String classification,
            String priority, Integer deadlineDays, String directionLetter, String directionNumber, List<String> bodies) {
    }

    record Text(String text) {
    }

    record Delegation(String username) {
    }

    record Reason(String reason) {
    }

    record Note(String note) {
    }

    @Operation(summary = "Ask one or more bodies for data (the NSMCWG secretary or focal person)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<DataRequestViews.Details> create(@RequestBody CreateRequest body) {
        if (body == null) {
            throw new InvalidInputException("error.datarequest.empty");
        }
        var id = requests.create(new NewDataRequest(body.subject(), body.question(), body.whyNeeded(),
                body.formWanted() == null ? null : ApiValues.parse(FormWanted.class, body.formWanted(), "formWanted"),
                body.classification() == null ? Classification.UNCLASSIFIED
                        : ApiValues.parse(Classification.class, body.classification(), "classification"),
                Priority.parse(body.priority(), "priority"), body.deadlineDays() == null ? 0 : body.deadlineDays(),
                body.directionLetter(), body.directionNumber(), body.bodies()));
        return ResponseEntity.created(URI.create("/api/data-requests/" + id)).body(requests.get(id));
    }

    @Operation(summary = "The data requests you may see, newest first",
            description = "`body`: only those addressed to this body (its code); `status`: only those with a body in "
                    + "this state (ASKED, ACKNOWLEDGED, CLARIFICATION_ASKED, ANSWERED, PARTLY_ANSWERED, DECLINED) or "
                    + "OVERDUE.")
    @GetMapping
    List<DataRequestViews.Summary> list(@RequestParam(required = false) String body,
            @RequestParam(required = false) String status) {
        return requests.list(body, status);
    }

    @Operation(summary = "The requests of each body by where they stand (pendency)")
    @GetMapping("/pendency")
    List<DataRequestViews.BodyPendency> pendency() {
        return requests.pendencyByBody();
    }

    @Operation(summary = "One data request: each body's state, thread and the answers you may see")
    @GetMapping("/{id}")
    DataRequestViews.Details get(@PathVariable long id) {
        return requests.get(id);
    }

    @Operation(summary = "The body acknowledges the request")
    @PostMapping("/{id}/bodies/{body}/acknowledge")
    DataRequestViews.Details acknowledge(@PathVariable long id, @PathVariable String body) {
        requests.acknowledge(id, body);
        return requests.get(id);
    }

    @Operation(summary = "A message on the body's thread: from the body a question, from the NSMCWG the clarification")
    @PostMapping("/{id}/bodies/{body}/clarifications")
    DataRequestViews.Details clarify(@PathVariable long id, @PathVariable String body, @RequestBody Text text) {
        requests.clarify(id, body, text == null ? null : text.text());
        return requests.get(id);
    }

    @Operation(summary = "The body's officer delegates the request to a user of the body")
    @PostMapping("/{id}/bodies/{body}/delegate")
    DataRequestViews.Details delegate(@PathVariable long id, @PathVariable String body,
            @RequestBody Delegation delegation) {
        requests.delegate(id, body, delegation == null ? null : delegation.username());
        return requests.get(id);
    }

    @Operation(summary = "The body's answer: text and files (multipart, `files` repeated), shareable with the other "
            + "addressed bodies or not")
    @PostMapping(path = "/{id}/bodies/{body}/answers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DataRequestViews.AnswerInfo answer(@PathVariable long id, @PathVariable String body, @RequestParam String text,
            @RequestParam(defaultValue = "false") String shareable,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return requests.answer(id, body, text, false, null, ApiValues.parseBoolean(shareable, "shareable"),
                uploads(files));
    }

    @Operation(summary = "A partial answer, with the date by which the rest will come (`restDue`, yyyy-mm-dd)")
    @PostMapping(path = "/{id}/bodies/{body}/partial-answers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    DataRequestViews.AnswerInfo partialAnswer(@PathVariable long id, @PathVariable String body,
            @RequestParam String text, @RequestParam(required = false) String restDue,
            @RequestParam(defaultValue = "false") String shareable,
            @RequestPart(name = "files", required = false) List<MultipartFile> files) {
        return requests.answer(id, body, text, true, date(restDue), ApiValues.parseBoolean(shareable, "shareable"),
                uploads(files));
    }

    @Operation(summary = "The body's officer declines, citing the reason")
    @PostMapping("/{id}/bodies/{body}/decline")
    DataRequestViews.Details decline(@PathVariable long id, @PathVariable String body, @RequestBody Reason reason) {
        requests.decline(id, body, reason == null ? null : reason.reason());
        return requests.get(id);
    }

    @Operation(summary = "The NSMCWG escalates a refusal, with a note to the body")
    @PostMapping("/{id}/bodies/{body}/escalate")
    DataRequestViews.Details escalate(@PathVariable long id, @PathVariable String body, @RequestBody Note note) {
        requests.escalate(id, body, note == null ? null : note.note());
        return requests.get(id);
    }

    @Operation(summary = "The NSMCWG reminds the body's officers now")
    @PostMapping("/{id}/bodies/{body}/remind")
    DataRequestViews.Details remind(@PathVariable long id, @PathVariable String body) {
        requests.remind(id, body);
        return requests.get(id);
    }

    @Operation(summary = "A file of an answer, byte for byte (recorded in the audit log)")
    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) throws IOException {
        var file = requests.download(id, fileId);
        return FileResponses.download(file.fileName(), file.mediaType(), file.sizeBytes(), file.sha256(), file.open());
    }

    @Operation(summary = "The first rows of a CSV or XLSX file of an answer, sheet by sheet; `problem` says why a "
            + "file could not be read")
    @GetMapping("/{id}/files/{fileId}/preview")
    TablePreview preview(@PathVariable long id, @PathVariable long fileId) {
        return requests.preview(id, fileId);
    }

    private static List<AnswerUpload> uploads(List<MultipartFile> files) {
        var uploads = new ArrayList<AnswerUpload>();
        if (files != null) {
            for (var file : files) {
                if (file != null && !(file.isEmpty() && (file.getOriginalFilename() == null
                        || file.getOriginalFilename().isBlank()))) {
                    uploads.add(new AnswerUpload(file.getOriginalFilename(), file::getInputStream));
                }
            }
        }
        return uploads;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.onField("restDue", "error.datarequest.restDueFormat", value);
        }
    }
}
