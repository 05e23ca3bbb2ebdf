package pk.gov.mashwara.routing;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;

import org.springframework.stereotype.Component;

import pk.gov.mashwara.draft.DraftDetails;
import pk.gov.mashwara.review.Resolution;
import pk.gov.mashwara.review.ReviewService;
import pk.gov.mashwara.review.ThreadView;
import pk.gov.mashwara.routing.domain.PointResponse;
import pk.gov.mashwara.routing.domain.PointResponseRepository;
import pk.gov.mashwara.security.MashwaraUser;
import pk.gov.mashwara.shared.InvalidInputException;

/** The committee's response to each point the NSMCWG accepted: how it dealt with it. */
@Component
class Responses {

    private final ReviewService review;
    private final PointResponseRepository responses;

    Responses(ReviewService review, PointResponseRepository responses) {
        this.review = review;
        this.responses = responses;
    }

    /** The accepted points: threads resolved as ACCEPTED, other than a committee's internal notes. */
    List<ThreadView> acceptedPoints(long draftId) {
        return review.allThreads(draftId).stream()
                .filter(t -> t.resolution() == Resolution.ACCEPTED && !t.internal()).toList();
    }

    List<PointResponse> recorded(long draftId) {
        return responses.findByDraftIdOrderByIdAsc(draftId);
    }

    boolean allRecorded(long draftId) {
        var answered = new HashSet<Long>();
        recorded(draftId).forEach(r -> answered.add(r.getThreadId()));
        return acceptedPoints(draftId).stream().allMatch(t -> answered.contains(t.id()));
    }

    void record(DraftDetails draft, ActionRequest request, MashwaraUser user, Instant now) {
        long threadId;
        try {
            threadId = Long.parseLong(request.detail("threadId"));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("error.routing.response.point");
        }
        var point = acceptedPoints(draft.id()).stream().filter(t -> t.id() == threadId).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.routing.response.point"));
        var text = request.detail("response");
        if (text.length() > PointResponse.MAX_RESPONSE) {
            throw new InvalidInputException("error.routing.response.tooLong", PointResponse.MAX_RESPONSE);
        }
        responses.save(new PointResponse(draft.id(), point.id(), text, user.getUsername(), now));
    }
}
