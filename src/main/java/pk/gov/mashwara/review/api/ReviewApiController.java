package pk.gov.mashwara.review.api;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import pk.gov.mashwara.review.Category;
import pk.gov.mashwara.review.NewThread;
import pk.gov.mashwara.review.Severity;
import pk.gov.mashwara.review.SuggestionKind;
import pk.gov.mashwara.review.SuggestionRequest;
import pk.gov.mashwara.review.SuggestionSummary;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.ReviewWindowInfo;
import pk.gov.mashwara.review.ReviewWindows;
import pk.gov.mashwara.review.Selection;
import pk.gov.mashwara.review.ThreadActions;
import pk.gov.mashwara.review.ThreadView;
import pk.gov.mashwara.shared.ApiValues;

@RestController
@RequestMapping("/api")
@Tag(name = "Review", description = "Threads of comments anchored to passages, and the review window")
@SecurityRequirement(name = "basic")
class ReviewApiController {

    private final ReviewService review;
    private final ThreadActions actions;
    private final ReviewWindows windows;

    ReviewApiController(ReviewService review, ThreadActions actions, ReviewWindows windows) {
        this.review = review;
        this.actions = actions;
        this.windows = windows;
    }

    /** A passage as the W3C TextQuoteSelector/TextPositionSelector give it; offsets in the version's text. */
    record AnchorRequest(Integer start, Integer end, String exact, String prefix, String suffix, Integer page) {
    }

    /** Wording proposed for the passage: {@code kind} REPLACE, DELETE or INSERT_AFTER; no text for DELETE. */
    record SuggestionBody(String kind, String text) {
    }

    /**
     * A new thread: {@code anchor} null for a thread about the draft as a whole; {@code category} a code of
     * {@code GET /api/review-categories} (default OTHER), {@code severity} MUST_CHANGE, SHOULD_CHANGE or CONSIDER
     * (default); {@code suggestion} optional (needs an anchor), and then {@code body} may be left out.
     */
    record ThreadRequest(String body, AnchorRequest anchor, Boolean internal, String category, String severity,
            SuggestionBody suggestion) {
    }

    /** {@code version} as read; null fields are left as they are. */
    record ClassificationRequest(String category, String severity, Long version) {
    }

    record CommentRequest(Long parentId, String body) {
    }

    record EditRequest(String body) {
    }

    /**
     * {@code version} is the thread's version as read, so that of two simultaneous decisions one wins;
     * {@code acceptedWording}: accepting a suggestion with changes, the wording accepted.
     */
    record DecisionRequest(String resolution, String reason, Long version, String acceptedWording) {
    }

    record WindowRequest(String deadline) {
    }

    @Operation(summary = "The threads on a version (open ones carried to it, and those resolved on it)")
    @GetMapping("/drafts/{id}/versions/{number}/threads")
    List<ThreadView> threads(@PathVariable long id, @PathVariable int number) {
        return review.threads(id, number);
    }

    @Operation(summary = "Start a thread on a passage of a version, or on the draft as a whole")
    @PostMapping("/drafts/{id}/versions/{number}/threads")
    ResponseEntity<ThreadView> start(@PathVariable long id, @PathVariable int number,
            @RequestBody ThreadRequest request) {
        var a = request.anchor();
        var selection = a == null ? null : new Selection(a.start(), a.end(), a.exact(), a.prefix(), a.suffix(), a.page());
        var s = request.suggestion();
        var suggestion = s == null ? null
                : new SuggestionRequest(s.kind() == null ? null
                        : ApiValues.parse(SuggestionKind.class, s.kind(), "suggestion.kind"), s.text());
        var severity = request.severity() == null ? null
                : ApiValues.parse(Severity.class, request.severity(), "severity");
        var thread = actions.start(new NewThread(id, number, selection, request.body(),
                Boolean.TRUE.equals(request.internal()), request.category(), severity, suggestion));
        return ResponseEntity.created(URI.create("/api/threads/" + thread.id())).body(thread);
    }

    @Operation(summary = "One thread with its comments and history")
    @GetMapping("/threads/{threadId}")
    ThreadView thread(@PathVariable long threadId) {
        return review.thread(threadId);
    }

    @Operation(summary = "Reply to a comment of a thread (parentId: the comment answered; default the first)")
    @PostMapping("/threads/{threadId}/comments")
    ResponseEntity<ThreadView> reply(@PathVariable long threadId, @RequestBody CommentRequest request) {
        var parent = request.parentId() != null ? request.parentId() : review.thread(threadId).opening().id();
        var thread = actions.reply(threadId, parent, request.body());
        return ResponseEntity.status(201).body(thread);
    }

    @Operation(summary = "Edit your own comment, within a short time of writing it (the earlier text is kept)")
    @PutMapping("/threads/{threadId}/comments/{commentId}")
    ThreadView edit(@PathVariable long threadId, @PathVariable long commentId, @RequestBody EditRequest request) {
        return actions.edit(threadId, commentId, request.body());
    }

    @Operation(summary = "Retract your own comment (it stays in the thread, shown as retracted)")
    @PostMapping("/threads/{threadId}/comments/{commentId}/retract")
    ThreadView retract(@PathVariable long threadId, @PathVariable long commentId) {
        return actions.retract(threadId, commentId);
    }

    @Operation(summary = "Resolve a thread: ACCEPTED, DECLINED (reason required) or NOTED")
    @PostMapping("/threads/{threadId}/resolve")
    ThreadView resolve(@PathVariable long threadId, @RequestBody DecisionRequest request) {
        var how = ApiValues.parse(Resolution.class, request.resolution(), "resolution");
        return actions.resolve(threadId, expected(threadId, request), how, request.reason(), request.acceptedWording());
    }

    @Operation(summary = "File a thread under another category and/or severity (its author, the committee, the secretary)")
    @PutMapping("/threads/{threadId}/classification")
    ThreadView classify(@PathVariable long threadId, @RequestBody ClassificationRequest request) {
        var severity = request.severity() == null ? null
                : ApiValues.parse(Severity.class, request.severity(), "severity");
        var expected = request.version() != null ? request.version() : review.thread(threadId).version();
        return actions.classify(threadId, expected, request.category(), severity);
    }

    @Operation(summary = "The categories threads are filed under, in English and Urdu")
    @GetMapping("/review-categories")
    List<Category> categories() {
        return review.categories();
    }

    @Operation(summary = "The accepted suggestions of a draft and whether the latest version checked carries each")
    @GetMapping("/drafts/{id}/suggestions")
    List<SuggestionSummary> suggestions(@PathVariable long id) {
        return review.acceptedSuggestions(id);
    }

    @Operation(summary = "Reopen a resolved thread")
    @PostMapping("/threads/{threadId}/reopen")
    ThreadView reopen(@PathVariable long threadId, @RequestBody DecisionRequest request) {
        return actions.reopen(threadId, expected(threadId, request), request.reason());
    }

    @Operation(summary = "The review window of a draft and whether you may comment now")
    @GetMapping("/drafts/{id}/review-window")
    ReviewWindowInfo window(@PathVariable long id) {
        return review.window(id);
    }

    @Operation(summary = "Set or move the review deadline (NSMCWG secretary; ISO-8601 instant)")
    @PutMapping("/drafts/{id}/review-window")
    ReviewWindowInfo setWindow(@PathVariable long id, @RequestBody WindowRequest request) {
        return windows.setDeadline(id, ApiValues.parseInstant(request.deadline(), "deadline"));
    }

    /** Without a version the client decides on the thread as it is now. */
    private long expected(long threadId, DecisionRequest request) {
        return request.version() != null ? request.version() : review.thread(threadId).version();
    }
}
