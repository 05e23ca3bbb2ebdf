package pk.gov.mashwara.text;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A version's extracted text as it is kept, read from the database and not yet decoded: written out a piece at a
 * time, so that a text of tens of megabytes is never held whole, and after the transaction that read it has ended.
 */
@FunctionalInterface
public interface StoredText {

    /** Writes the text to {@code out} as UTF-8. */
    void writeTo(OutputStream out) throws IOException;
}
