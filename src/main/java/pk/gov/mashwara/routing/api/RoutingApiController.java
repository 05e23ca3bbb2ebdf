package pk.gov.mashwara.routing.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import pk.gov.mashwara.draft.DraftStatus;
import pk.gov.mashwara.routing.ActionRequest;
import pk.gov.mashwara.routing.RoutingRules.Ask;
import pk.gov.mashwara.routing.RoutingService;
import pk.gov.mashwara.routing.RoutingView;
import pk.gov.mashwara.security.Role;
import pk.gov.mashwara.shared.InvalidInputException;
import pk.gov.mashwara.shared.Messages;

@RestController
@RequestMapping("/api/drafts/{id}")
@Tag(name = "Routing", description = "Where a draft stands under the Rules of Business, and moving it on")
@SecurityRequirement(name = "basic")
class RoutingApiController {

    private final RoutingService routing;

    RoutingApiController(RoutingService routing) {
        this.routing = routing;
    }

    /**
     * An action as a client asks for it: {@code version} is the draft's version as read (from {@code GET
     * .../routing}), so that of two simultaneous actions one wins and the other is told who acted.
     */
    record ActRequest(Long version, String reason, Map<String, String> details) {
    }

    /** Who the draft waits for: a role, and how its holder must stand to the draft (e.g. {@code own-committee}). */
    record WaitingFor(Role role, String relation) {
    }

    /**
     * An action the caller may take now, or once what {@code blockedBy} names holds ({@code blockedByText}: the
     * same in English words).
     */
    record Action(String name, String title, DraftStatus to, List<Ask> asks, boolean possibleNow,
            List<String> blockedBy, List<String> blockedByText) {
    }

    record Routing(long draftId, DraftStatus state, String stateTitle, WaitingFor waitingFor, Instant since,
            Instant dueAt, boolean overdue, List<RoutingView.Step> history, List<Action> actions, long version) {
    }

    @Operation(summary = "Where the draft stands, its routing history and the actions you may take now")
    @GetMapping("/routing")
    Routing routing(@PathVariable long id) {
        return json(routing.routing(id));
    }

    @Operation(summary = "Take a routing action (e.g. put-up, submit, open-review, return-for-revision)")
    @PostMapping("/actions/{action}")
    Routing act(@PathVariable long id, @PathVariable String action, @RequestBody ActRequest request) {
        if (request.version() == null) {
            throw new InvalidInputException("error.routing.version");
        }
        routing.act(id, action, new ActionRequest(request.version(), request.reason(), request.details()));
        return json(routing.routing(id));
    }

    private static Routing json(RoutingView view) {
        var waiting = view.waitingFor() == null ? null
                : new WaitingFor(view.waitingFor().role(), view.waitingFor().relation().key());
        var actions = view.actions().stream()
                .map(a -> new Action(a.name(), a.title(), a.to(), a.asks(), a.possibleNow(), a.blockedBy(),
                        a.blockedBy().stream().map(key -> Messages.get(Locale.ENGLISH, key)).toList()))
                .toList();
        return new Routing(view.draftId(), view.status(), view.stateTitle(), waiting, view.since(), view.dueAt(),
                view.overdue(), view.history(), actions, view.draftVersion());
    }
}
