package pk.gov.mashwara.review;

import java.util.List;

/**
 * Passages of a version that something (a thread of comments) is about, for showing where they are in a
 * comparison of versions. An implementation answers only with what the signed-in user may see.
 */
public interface PassageMarkers {

    /** The marked passages of one version of a draft, in any order. */
    List<PassageMarker> markersOf(long draftId, int version);
}
