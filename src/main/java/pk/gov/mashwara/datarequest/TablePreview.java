package pk.gov.mashwara.datarequest;

import java.util.List;

/**
 * The first rows of a tabular file, sheet by sheet (a CSV file has one sheet, named after the file). When the file
 * cannot be read, {@code problem} is the message key that says so and there are no sheets; the file is kept all the
 * same.
 *
 * @param tabular whether the file is of a kind that is previewed (CSV or XLSX)
 */
public record TablePreview(boolean tabular, List<Sheet> sheets, String problem) {

    public TablePreview {
        sheets = List.copyOf(sheets);
    }

    /** @param rows the first rows, each its cells as text; {@code more}: the sheet has rows beyond them */
    public record Sheet(String name, List<List<String>> rows, int columns, boolean more) {

        public Sheet {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    static TablePreview notTabular() {
        return new TablePreview(false, List.of(), null);
    }

    static TablePreview failed(String problem) {
        return new TablePreview(true, List.of(), problem);
    }
}
