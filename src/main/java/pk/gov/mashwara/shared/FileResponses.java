package pk.gov.mashwara.shared;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The API's answer with a stored file's exact bytes: always a download (never shown inline), its type not sniffed,
 * sandboxed should a browser open it anyway, with its SHA-256 so that a client can check what it received.
 */
public final class FileResponses {

    private FileResponses() {
    }

    public static ResponseEntity<InputStreamResource> download(String fileName, String mediaType, long sizeBytes,
            String sha256, InputStream content) {
        var disposition = ContentDisposition.attachment().filename(FileNames.asciiFallback(fileName))
                .filename(fileName, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("X-Content-SHA256", sha256)
                .contentType(MediaType.parseMediaType(mediaType))
                .contentLength(sizeBytes)
                .body(new InputStreamResource(content));
    }
}
