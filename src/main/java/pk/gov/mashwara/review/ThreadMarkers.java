package pk.gov.mashwara.review;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The threads of a version as markers on a comparison of versions: each thread on its passage, labelled with
 * its opening comment and linking to it in the reader. Only threads the current user may see.
 */
@Component
class ThreadMarkers implements PassageMarkers {

    private static final int LABEL = 120;

    private final ReviewService review;

    ThreadMarkers(ReviewService review) {
        this.review = review;
    }

    @Override
    public List<PassageMarker> markersOf(long draftId, int version) {
        return review.threads(draftId, version).stream()
                .filter(t -> t.passage() != null && t.placement().onText())
                .map(t -> new PassageMarker(t.id(), t.passage().start(), t.passage().end(), label(t),
                        "drafts/" + draftId + "/versions/" + version + "/text?thread=" + t.id()))
                .toList();
    }

    private static String label(ThreadView thread) {
        var opening = thread.opening();
        var text = opening.authorName() + ": " + (opening.body() == null ? "…" : opening.body());
        return text.length() > LABEL ? text.substring(0, LABEL - 1) + "…" : text;
    }
}
