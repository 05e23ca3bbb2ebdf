package pk.gov.mashwara.draft.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.springframework.stereotype.Component;

import pk.gov.mashwara.shared.PlainText;
import pk.gov.mashwara.shared.RefusedFileException;

/**
 * Decides what a file is from its bytes (Tika's detectors, including the container detectors that tell a
 * DOCX from any other ZIP), never from the name it arrived with, and accepts only the formats drafts come in.
 * Any text is plain text: every {@code text/*} type Tika may guess for a text file (a robots file, a vCard, a
 * subtitle file) but XML, and a mail or a file of no known type whose bytes are text in some encoding (see
 * {@link PlainText}); extraction reads it as plain text, in the encoding it detects.
 */
@Component
public class ContentInspector implements ContentCheck {

    /** Accepted types, with the name users know them by. */
    static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("application/pdf", "PDF"),
            Map.entry("application/msword", "Word 97–2003"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (DOCX)"),
            Map.entry("application/vnd.oasis.opendocument.text", "OpenDocument text"),
            Map.entry("application/rtf", "RTF"),
            Map.entry("text/plain", "plain text"),
            Map.entry("text/html", "HTML"),
            Map.entry("application/xhtml+xml", "XHTML"),
            Map.entry("text/markdown", "Markdown"),
            Map.entry("text/x-web-markdown", "Markdown"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (XLSX)"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint (PPTX)"),
            Map.entry("application/epub+zip", "EPUB"),
            Map.entry("image/png", "PNG image"),
            Map.entry("image/jpeg", "JPEG image"),
            Map.entry("image/tiff", "TIFF image"),
            // A password-protected Word, Excel or PowerPoint file: kept, so the committee can be asked for an
            // unprotected copy once extraction reports it
            Map.entry("application/x-tika-ooxml-protected", "password-protected Office document"));

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    @Override
    public String inspect(Path candidate) throws IOException {
        MediaType detected;
        try (var stream = TikaInputStream.get(candidate)) {
            detected = detector.detect(stream, new Metadata());
        }
        var base = detected.getBaseType().toString();
        if (isPlainText(base, candidate)) {
            return "text/plain";
        }
        if (!ALLOWED.containsKey(base)) {
            throw new RefusedFileException(RefusedFileException.Reason.TYPE_NOT_ALLOWED, "error.file.typeNotAllowed",
                    describe(base), acceptedList());
        }
        return base;
    }

    private static boolean isPlainText(String mediaType, Path candidate) throws IOException {
        if (ALLOWED.containsKey(mediaType) || "text/xml".equals(mediaType)) {
            return false;
        }
        return mediaType.startsWith("text/") || TEXT_UNRECOGNISED.contains(mediaType) && PlainText.looksLikeText(candidate);
    }

    /** Types Tika gives a plain text it does not recognise as such: no type at all, or a mail. */
    static final java.util.Set<String> TEXT_UNRECOGNISED = java.util.Set.of("application/octet-stream",
            "message/rfc822");

    private static String describe(String mediaType) {
        return switch (mediaType) {
            case "application/zip" -> "a ZIP archive";
            case "application/gzip", "application/x-gzip" -> "a GZIP archive";
            case "application/octet-stream" -> "of an unknown binary type";
            case "application/x-msdownload", "application/x-dosexec" -> "a Windows program";
            case "application/x-sh", "application/x-executable", "application/x-elf" -> "a program";
            // Tika's names for an Office container whose kind it cannot tell: damaged, or parts it does not know
            case "application/x-tika-ooxml", "application/x-tika-msoffice" -> "an Office file of no known kind";
            case "application/xml", "text/xml" -> "XML data";
            case "image/svg+xml" -> "an SVG drawing";
            default -> mediaType;
        };
    }

    static String acceptedList() {
        return "PDF, Word (DOC, DOCX), OpenDocument text, RTF, plain text, HTML, Markdown, Excel (XLSX), "
                + "PowerPoint (PPTX), EPUB and PNG, JPEG or TIFF scans";
    }
}
