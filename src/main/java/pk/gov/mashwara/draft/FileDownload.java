package pk.gov.mashwara.draft;

import java.io.IOException;
import java.io.InputStream;

/** The original bytes of one version, ready to stream, with what a download response needs. */
public record FileDownload(String fileName, String mediaType, long sizeBytes, String sha256, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }
}
