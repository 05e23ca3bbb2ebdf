package pk.gov.mashwara.record;

import java.util.List;

/**
 * A titled block of a review record, in terms of the record (text, particulars, tables) rather than of PDF, so
 * that a contributing module does not depend on how the record is printed.
 */
public record RecordBlock(String title, List<Element> elements) {

    public RecordBlock {
        elements = List.copyOf(elements);
    }

    /** One element of a block. */
    public sealed interface Element permits Text, Fields, Table {
    }

    /** A paragraph. */
    public record Text(String text) implements Element {
    }

    /** Particulars: a label and its value per line. */
    public record Fields(List<Field> fields) implements Element {

        public Fields {
            fields = List.copyOf(fields);
        }
    }

    public record Field(String label, String value) {
    }

    /**
     * A table with a header row; {@code widths} are the relative column widths (one per header).
     */
    public record Table(List<String> headers, float[] widths, List<List<String>> rows) implements Element {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
            var columns = headers.size();
            if (widths.length != columns || rows.stream().anyMatch(r -> r.size() != columns)) {
                throw new IllegalArgumentException("every row needs one cell and one width per header");
            }
            widths = widths.clone();
        }
    }
}
