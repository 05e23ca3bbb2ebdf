package pk.gov.mashwara.notification.api;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import pk.gov.mashwara.notification.EmailAvailability;
import pk.gov.mashwara.notification.EmailPreferences;
import pk.gov.mashwara.notification.FollowedDraft;
import pk.gov.mashwara.notification.Follows;
import pk.gov.mashwara.notification.NotificationItem;
import pk.gov.mashwara.notification.NotificationKind;
import pk.gov.mashwara.notification.NotificationService;
import pk.gov.mashwara.shared.ApiError;
import pk.gov.mashwara.shared.ApiValues;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.Paging;
import pk.gov.mashwara.shared.UserFacingException;

@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "Your notifications, what comes by e-mail, and the drafts you follow")
@SecurityRequirement(name = "basic")
class NotificationApiController {

    private final NotificationService notifications;
    private final Follows follows;
    private final Clock clock;

    NotificationApiController(NotificationService notifications, Follows follows, Clock clock) {
        this.notifications = notifications;
        this.follows = follows;
        this.clock = clock;
    }

    /** A page of notifications, with the unread count. */
    record NotificationPage(List<Entry> items, int page, int size, long total, long unread) {
    }

    /** A notification with its sentence in English. */
    record Entry(long id, NotificationKind kind, String message, Long draftId, Long threadId, String actorName,
            String draftTitle, String excerpt, String link, Instant createdAt, boolean read) {

        static Entry of(NotificationItem n) {
            return new Entry(n.id(), n.kind(), n.message(java.util.Locale.ENGLISH), n.draftId(), n.threadId(),
                    n.actorName(), n.draftTitle(), n.excerpt(), n.link(), n.createdAt(), n.read());
        }
    }

    /** The kinds that come by e-mail, and whether e-mail can reach you at all. */
    record Preferences(List<NotificationKind> byEmail, EmailAvailability email) {
    }

    /** The body of a change of e-mail choices: the kinds wanted by e-mail (all others are not). */
    record PreferencesChange(List<String> byEmail) {
    }

    @Operation(summary = "Your notifications, newest first")
    @GetMapping
    NotificationPage list(@RequestParam(defaultValue = "false") String unread, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var unreadOnly = ApiValues.parseBoolean(unread, "unread");
        Paging.checkPage(page, size, 100);
        var items = notifications.mine(unreadOnly, page * size, size).stream().map(Entry::of).toList();
        return new NotificationPage(items, page, size, notifications.count(unreadOnly), notifications.unreadCount());
    }

    @Operation(summary = "Mark one of your notifications read")
    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(@PathVariable long id) {
        notifications.markRead(id);
    }

    @Operation(summary = "Mark all your notifications read")
    @PostMapping("/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markAllRead() {
        notifications.markAllRead();
    }

    @Operation(summary = "Which notifications also come to you by e-mail")
    @GetMapping("/preferences")
    Preferences preferences() {
        return current();
    }

    @Operation(summary = "Choose which notifications come by e-mail")
    @PutMapping("/preferences")
    Preferences updatePreferences(@RequestBody PreferencesChange change) {
        if (change == null || change.byEmail() == null) {
            throw new InvalidInputException("error.notification.preferences");
        }
        var kinds = EnumSet.noneOf(NotificationKind.class);
        change.byEmail().forEach(k -> kinds.add(ApiValues.parse(NotificationKind.class, String.valueOf(k), "kind")));
        notifications.updatePreferences(new EmailPreferences(kinds));
        return current();
    }

    @Operation(summary = "The drafts you follow")
    @GetMapping("/follows")
    List<FollowedDraft> followed() {
        return follows.mine();
    }

    @Operation(summary = "Follow a draft you may see")
    @PutMapping("/follows/{draftId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void follow(@PathVariable long draftId) {
        follows.follow(draftId);
    }

    @Operation(summary = "Stop following a draft")
    @DeleteMapping("/follows/{draftId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unfollow(@PathVariable long draftId) {
        follows.unfollow(draftId);
    }

    /** A body that is not JSON of the expected shape is the client's mistake, not a failure of the portal. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(new ApiError(400, "invalid_input", UserFacingException.causing(e)
                .map(Exception::getMessage)
                .orElse("The body must be JSON such as {\"byEmail\": [\"MENTION\", \"REPLY\"]}."),
                request.getRequestURI(), clock.instant()));
    }

    private Preferences current() {
        var kinds = notifications.preferences().byEmail().stream().sorted().toList();
        return new Preferences(kinds, notifications.emailAvailability());
    }
}
