package pk.gov.mashwara.review;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Primary;

/**
 * Lets a view test mark passages of a version as if threads were anchored there. For every version a test has
 * not marked it answers as the application's own {@link PassageMarkers} would (or with none when there is no
 * such bean), so that it can sit in the shared context of the browserless view tests ({@code UiTest}) without
 * changing what other tests see.
 */
@TestComponent
@Primary
public class TestMarkers implements PassageMarkers {

    private final Map<String, List<PassageMarker>> markers = new ConcurrentHashMap<>();
    private final ObjectProvider<PassageMarkers> others;

    public TestMarkers(ObjectProvider<PassageMarkers> others) {
        this.others = others;
    }

    public void mark(long draftId, int version, PassageMarker... marked) {
        markers.put(draftId + "/" + version, List.of(marked));
    }

    @Override
    public List<PassageMarker> markersOf(long draftId, int version) {
        var marked = markers.get(draftId + "/" + version);
        if (marked != null) {
            return marked;
        }
        return others.orderedStream().filter(p -> p != this).findFirst()
                .map(p -> p.markersOf(draftId, version)).orElse(List.of());
    }
}
