package pk.gov.mashwara.datarequest;

import java.io.IOException;
import java.io.InputStream;

/** A file sent with an answer: its name as sent and its bytes. */
public record AnswerUpload(String fileName, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
