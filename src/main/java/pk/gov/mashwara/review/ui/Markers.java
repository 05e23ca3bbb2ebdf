package pk.gov.mashwara.review.ui;

import java.util.List;
import java.util.stream.Stream;

import pk.gov.mashwara.review.Comparison.Passage;
import pk.gov.mashwara.review.Comparison.Row;
import pk.gov.mashwara.review.PassageMarker;

/**
 * The marked passages of both versions, numbered: one number per thread, the same on both sides, so that a
 * thread carried forward to the newer version is recognisable as the same thread.
 */
final class Markers {

    static final Markers NONE = new Markers(List.of(), List.of());

    /** A marker with the number it is shown with. */
    record Numbered(int number, PassageMarker marker) {
    }

    private final List<Numbered> from;
    private final List<Numbered> to;

    private Markers(List<Numbered> from, List<Numbered> to) {
        this.from = from;
        this.to = to;
    }

    static Markers of(List<PassageMarker> from, List<PassageMarker> to) {
        var threads = Stream.concat(from.stream(), to.stream()).map(PassageMarker::threadId).distinct().sorted().toList();
        return new Markers(numbered(from, threads), numbered(to, threads));
    }

    private static List<Numbered> numbered(List<PassageMarker> markers, List<Long> threads) {
        return markers.stream().map(m -> new Numbered(threads.indexOf(m.threadId()) + 1, m))
                .sorted(java.util.Comparator.comparingInt(Numbered::number)).toList();
    }

    /** The markers whose passage touches the paragraph on the given side; none for a missing paragraph. */
    List<Numbered> on(Passage passage, boolean fromSide) {
        if (passage == null) {
            return List.of();
        }
        return (fromSide ? from : to).stream()
                .filter(n -> passage.touches(n.marker().start(), n.marker().end())).toList();
    }

    boolean any(Row row) {
        return !on(row.from(), true).isEmpty() || !on(row.to(), false).isEmpty();
    }

    boolean isEmpty() {
        return from.isEmpty() && to.isEmpty();
    }
}
