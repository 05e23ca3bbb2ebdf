package pk.gov.mashwara.search;

import java.util.List;

/**
 * The counts of one facet (committee, kind, status or year) over what the user may see and the other facets'
 * selections; a selected value is listed even when nothing matches it any more.
 */
public record Facet(String dimension, List<Value> values) {

    public Facet {
        values = List.copyOf(values);
    }

    public record Value(String value, long count, boolean selected) {
    }

    public long count(String value) {
        return values.stream().filter(v -> v.value().equals(value)).mapToLong(Value::count).sum();
    }
}
