package pk.gov.mashwara.routing.api;

import java.time.Instant;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.routing.InputDocument;
import pk.gov.mashwara.routing.InputHtml;
import pk.gov.mashwara.routing.InputService;

/**
 * The NSMCWG's input on a draft as a document: before clearance only for the NSMCWG (anyone else is told it is
 * not found, as for a draft they may not see), once cleared for everyone who may see the draft.
 */
@RestController
@RequestMapping("/api/drafts/{id}")
@Tag(name = "Input", description = "The NSMCWG's input on a draft: its text, the points it comes from, revisions and clearance")
@SecurityRequirement(name = "basic")
class InputApiController {

    private final InputService inputs;
    private final pk.gov.mashwara.directory.DirectoryService directory;
    private final java.util.List<pk.gov.mashwara.draft.DraftLooks> looks;

    InputApiController(InputService inputs, pk.gov.mashwara.directory.DirectoryService directory,
            java.util.List<pk.gov.mashwara.draft.DraftLooks> looks) {
        this.inputs = inputs;
        this.directory = directory;
        this.looks = looks;
    }

    /**
     * The committee's response to an accepted point. People are given as the page names them, by name and office
     * ({@code byName}, {@code byOffice}: "Ali Raza", "Committee officer (PTA)"), besides their user id ({@code by}).
     */
    record Response(String text, String by, String byName, String byOffice, Instant at) {
    }

    /**
     * A point of the review: the passage it is about (null for the draft as a whole) and its page, the NSMCWG's
     * position and reason, and the committee's response; {@code reader} opens the passage in the reader.
     */
    record Point(long threadId, String said, Resolution position, String reason, String passage, Integer page,
            int versionNumber, String reader, Response response) {
    }

    record Revision(int number, String author, String authorName, String authorOffice, Instant savedAt,
            DraftStatus draftStatus) {
    }

    record Clearance(String signer, String signerName, String signerOffice, Instant signedAt, String hash,
            int versionNumber, boolean intact) {
    }

    /**
     * @param status {@code NOT_COMPOSED} (the text is pre-filled from the review), {@code COMPOSED} or
     *               {@code CLEARED}
     * @param text   sanitised HTML: headings, paragraphs, lists, bold and italic, no attributes
     */
    record Input(long draftId, String diaryNumber, DraftStatus draftStatus, InputDocument.Status status,
            String coveringNote, String text, int revision, List<Point> points, List<Revision> revisions,
            Clearance clearance) {
    }

    @Operation(summary = "The NSMCWG's input on the draft: status, covering note, text (sanitised HTML), the points "
            + "with passage, page, position and the committee's response, revisions and clearance")
    @GetMapping("/input")
    Input input(@PathVariable long id) {
        var doc = inputs.document(id);
        // read through the API, as on its page: the draft's "new" marks on the reader's desk clear
        looks.forEach(look -> look.looked(id));
        var cleared = doc.clearance();
        return new Input(doc.draftId(), doc.diaryNumber(), doc.draftStatus(), doc.status(), doc.coveringNote(),
                InputHtml.clean(doc.html()), doc.revision(),
                doc.points().stream().map(p -> new Point(p.threadId(), p.said(), p.position(), p.reason(), p.passage(),
                        p.page(), p.versionNumber(), "/drafts/" + id + "/versions/" + p.versionNumber() + "/text?thread="
                                + p.threadId(),
                        p.response() == null ? null : new Response(p.response().text(), p.response().by(),
                                name(p.response().by()), office(p.response().by()), p.response().at())))
                        .toList(),
                doc.revisions().stream().map(r -> new Revision(r.number(), r.author(), r.authorName(), office(r.author()),
                        r.savedAt(), r.draftStatus())).toList(),
                cleared == null ? null : new Clearance(cleared.signer(), cleared.signerName(), office(cleared.signer()),
                        cleared.signedAt(), cleared.hash(), cleared.versionNumber(), cleared.intact()));
    }

    private String name(String username) {
        return directory.name(username);
    }

    /** The office in English, as the API's other texts are. */
    private String office(String username) {
        return directory.office(username, java.util.Locale.ENGLISH);
    }

    @Operation(summary = "The cleared input as a letter from the NSMCWG to the committee (PDF), once cleared")
    @GetMapping("/input.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, java.util.Locale locale) {
        return letter(inputs.letter(id, "pdf", letterLanguage(locale)));
    }

    @Operation(summary = "The cleared input as a letter from the NSMCWG to the committee (DOCX), once cleared")
    @GetMapping("/input.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, java.util.Locale locale) {
        return letter(inputs.letter(id, "docx", letterLanguage(locale)));
    }

    /** Urdu when the client asks for it first ({@code Accept-Language: ur}), otherwise English. */
    private static java.util.Locale letterLanguage(java.util.Locale asked) {
        return pk.gov.mashwara.shared.Messages.isRightToLeft(asked) ? pk.gov.mashwara.shared.Messages.URDU
                : java.util.Locale.ENGLISH;
    }

    private static ResponseEntity<byte[]> letter(InputService.LetterFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.content().length)
                .body(file.content());
    }
}
