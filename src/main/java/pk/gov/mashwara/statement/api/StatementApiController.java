package pk.gov.mashwara.statement.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.statement.Channel;
import pk.gov.mashwara.statement.IssueForm;
import pk.gov.mashwara.statement.IssuedStatement;
import pk.gov.mashwara.statement.StatementDetails;
import pk.gov.mashwara.statement.StatementForm;
import pk.gov.mashwara.statement.StatementService;
import pk.gov.mashwara.statement.StatementSummary;
import pk.gov.mashwara.statement.Urgency;

/**
 * Statements (direction 5): anyone of a body or the NSMCWG proposes; the spokesperson or MoIT's officer edits, asks
 * views, issues or declines (anyone else: 403; a proposal the caller may not see: 404). The register of issued
 * statements and its Atom feed are for every signed-in user.
 */
@RestController
@RequestMapping("/api/statements")
@Tag(name = "Statements", description = "Statements on engagement with social media companies (direction 5)")
@SecurityRequirement(name = "basic")
class StatementApiController {

    private final StatementService statements;
    private final String baseUrl;

    StatementApiController(StatementService statements, @Value("${mashwara.base-url}") String baseUrl) {
        this.statements = statements;
        this.baseUrl = baseUrl;
    }

    /** A proposal or an edit; {@code version} (the statement's, as read) only for an edit. */
    record Text(String textEn, String textUr, String occasion, String company, Urgency urgency, Long version) {
    }

    /** Views asked of a body ({@code committeeId}) or of one person ({@code username}), not both. */
    record AskViews(Long committeeId, String username, String question) {
    }

    record Reply(String reply) {
    }

    /** The issue: date and time in Pakistan time, the channel, the final text, the statement's version as read. */
    record Issue(LocalDate date, LocalTime time, Channel channel, String finalText, Long version) {
    }

    record Decline(String reason, Long version) {
    }

    record Created(long id) {
    }

    @Operation(summary = "Propose a statement (text in English and/or Urdu, occasion, company, urgency)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    StatementDetails propose(@RequestBody Text body) {
        return statements.get(statements.propose(form(body)));
    }

    @Operation(summary = "The proposals and declined statements you may see, the latest first")
    @GetMapping
    List<StatementSummary> proposals() {
        return statements.proposals();
    }

    @Operation(summary = "The register of issued statements, the latest first, each with its hash checked")
    @GetMapping("/issued")
    List<IssuedStatement> issued() {
        return statements.issued();
    }

    @Operation(summary = "The issued statements as an Atom 1.0 feed, for the press office")
    @GetMapping(value = "/issued.atom", produces = "application/atom+xml")
    ResponseEntity<byte[]> atom() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .header("X-Content-Type-Options", "nosniff")
                .body(AtomFeed.write(statements.issued(), baseUrl));
    }

    @Operation(summary = "A statement with its revisions and views (for those who may see the proposal)")
    @GetMapping("/{id}")
    StatementDetails get(@PathVariable long id) {
        return statements.get(id);
    }

    @Operation(summary = "Edit a proposed statement (spokesperson or MoIT's officer); the earlier text is kept as a revision")
    @PutMapping("/{id}")
    StatementDetails edit(@PathVariable long id, @RequestBody Text body) {
        statements.edit(id, form(body), version(body.version()));
        return statements.get(id);
    }

    @Operation(summary = "Ask the view of a body or of a person on a proposed statement (spokesperson or MoIT's officer)")
    @PostMapping("/{id}/views")
    @ResponseStatus(HttpStatus.CREATED)
    Created askViews(@PathVariable long id, @RequestBody AskViews body) {
        return new Created(statements.askViews(id, body.committeeId(), body.username(), body.question()));
    }

    @Operation(summary = "Give the view asked of you or of your body")
    @PostMapping("/{id}/views/{viewId}/reply")
    StatementDetails reply(@PathVariable long id, @PathVariable long viewId, @RequestBody Reply body) {
        statements.reply(id, viewId, body.reply());
        return statements.get(id);
    }

    @Operation(summary = "Issue the statement (spokesperson or MoIT's officer only): date, time, channel, final text")
    @PostMapping("/{id}/issue")
    IssuedStatement issue(@PathVariable long id, @RequestBody Issue body) {
        return statements.issue(id, new IssueForm(body.date(), body.time(), body.channel(), body.finalText(),
                version(body.version())));
    }

    @Operation(summary = "Decline the statement with a reason (spokesperson or MoIT's officer only)")
    @PostMapping("/{id}/decline")
    StatementDetails decline(@PathVariable long id, @RequestBody Decline body) {
        statements.decline(id, body.reason(), version(body.version()));
        return statements.get(id);
    }

    @Operation(summary = "The issued statement with its hash recomputed from what is stored")
    @GetMapping("/{id}/verification")
    IssuedStatement verify(@PathVariable long id) {
        return statements.verify(id);
    }

    private static StatementForm form(Text body) {
        return new StatementForm(body.textEn(), body.textUr(), body.occasion(), body.company(), body.urgency());
    }

    private static long version(Long version) {
        if (version == null) {
            throw InvalidInputException.onField("version", "error.statement.version");
        }
        return version;
    }
}
