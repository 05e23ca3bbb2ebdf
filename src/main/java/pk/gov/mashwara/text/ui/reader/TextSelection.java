package pk.gov.mashwara.text.ui.reader;

/** Characters {@code start} (inclusive) to {@code end} (exclusive) of the text the user selected; empty when none. */
public record TextSelection(int start, int end) {

    public static final TextSelection NONE = new TextSelection(0, 0);

    public boolean isEmpty() {
        return end <= start;
    }
}
