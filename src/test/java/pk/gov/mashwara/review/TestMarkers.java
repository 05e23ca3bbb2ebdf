package pk.gov.mashwara.review;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * Stands in for the threads in comparison tests: a test says which passages of a version are marked. Primary,
 * so that it wins over the real implementation. Import it with {@code @Import(TestMarkers.class)}.
 */
@TestComponent
@Primary
public class TestMarkers implements PassageMarkers {

    private final Map<String, List<PassageMarker>> markers = new ConcurrentHashMap<>();

    public void mark(long draftId, int version, PassageMarker... marked) {
        markers.put(draftId + "/" + version, List.of(marked));
    }

    @Override
    public List<PassageMarker> markersOf(long draftId, int version) {
        return markers.getOrDefault(draftId + "/" + version, List.of());
    }
}
