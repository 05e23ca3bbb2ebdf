package pk.gov.mashwara.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Test files built in memory (among them files the portal must refuse) and their digests. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A plain ZIP archive (not an Office document) with the given text entries. */
    public static byte[] zip(Map<String, String> entries) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The lower-case hex SHA-256 of the bytes, as the file store names them. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A ZIP that looks like a Word document to anyone who trusts its name. */
    public static byte[] zipNamedLikeDocx() {
        return zip(Map.of("word/document.xml", "<w:document/>", "payload.txt", "not a Word document"));
    }
}
