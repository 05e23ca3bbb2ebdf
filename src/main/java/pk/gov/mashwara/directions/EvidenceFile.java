package pk.gov.mashwara.directions;

import java.io.IOException;
import java.io.InputStream;

/** A file of evidence as uploaded: its name and a way to read its bytes once. */
public record EvidenceFile(String fileName, Content content) {

    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }
}
