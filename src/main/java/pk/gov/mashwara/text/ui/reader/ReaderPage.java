package pk.gov.mashwara.text.ui.reader;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/** The reader as an extension sees it: the version shown, its text, and passages marked in it. */
public interface ReaderPage {

    long draftId();

    int versionNumber();

    /** The extracted text shown, or empty when the version has no text (yet). */
    String text();

    /**
     * The passage {@code [start, end)} of the text as the reader shows it, to quote it: without the running headers
     * and footers it spans (hidden in the reader, still in the text), its white space as one space. The passage
     * itself (its offsets and exact text) stays as stored.
     */
    String quote(int start, int end);

    /** A query parameter of the page's address, e.g. the thread to open. */
    Optional<String> parameter(String name);

    /** Marks these passages in the text (replacing those marked before), under any search matches. */
    void showPassages(List<PassageMark> passages);

    /** Loads the text up to the passage, marks it as the current one and scrolls it into view. */
    void focusPassage(long id);

    /** Called with each selection the user makes in the text (an empty selection when it is cleared). */
    Registration addSelectionListener(SerializableConsumer<TextSelection> listener);

    /** Called with the id of a marked passage the user clicks. */
    Registration addPassageClickListener(SerializableConsumer<Long> listener);
}
