package pk.gov.mashwara.routing;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.review.ReviewOpeningRequested;

/**
 * Opens the review the secretary asked for by setting the deadline of a submitted draft: the routing action
 * {@code open-review}, taken through {@link RoutingService#act} like any other, in the secretary's transaction.
 */
@Component
class ReviewOpenings {

    private final RoutingService routing;

    ReviewOpenings(RoutingService routing) {
        this.routing = routing;
    }

    @EventListener
    void on(ReviewOpeningRequested request) {
        routing.act(request.draftId(), "open-review", new ActionRequest(request.expectedVersion(), null,
                Map.of(Transitions.REVIEW_DEADLINE, request.deadline().toString())));
    }
}
