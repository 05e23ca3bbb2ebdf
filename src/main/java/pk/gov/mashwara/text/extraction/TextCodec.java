package pk.gov.mashwara.text.extraction;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Stores text as UTF-8, gzip-compressed when it is large enough for that to pay (legal text shrinks 3–5×). */
final class TextCodec {

    static final int COMPRESS_ABOVE_BYTES = 4 * 1024;

    record Encoded(boolean compressed, byte[] bytes) {
    }

    private TextCodec() {
    }

    static Encoded encode(String text) {
        var utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= COMPRESS_ABOVE_BYTES) {
            return new Encoded(false, utf8);
        }
        var out = new ByteArrayOutputStream(utf8.length / 3);
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write(utf8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Encoded(true, out.toByteArray());
    }

    /**
     * At most the first {@code maxCharacters} characters of the stored text, decoded as a stream so that a long
     * text is never held whole (neither its bytes nor its characters). A character pair that the limit would
     * split is left out whole.
     */
    static String decode(boolean compressed, byte[] bytes, int maxCharacters) {
        if (maxCharacters <= 0) {
            return "";
        }
        java.io.InputStream in = new ByteArrayInputStream(bytes);
        try {
            if (compressed) {
                in = new GZIPInputStream(in);
            }
            try (var reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                var buffer = new char[Math.min(maxCharacters, 64 * 1024)];
                var text = new StringBuilder(Math.min(maxCharacters, bytes.length * (compressed ? 4 : 1)));
                int read;
                while (text.length() < maxCharacters
                        && (read = reader.read(buffer, 0, Math.min(buffer.length, maxCharacters - text.length()))) >= 0) {
                    text.append(buffer, 0, read);
                }
                if (text.length() == maxCharacters && Character.isHighSurrogate(text.charAt(text.length() - 1))) {
                    text.setLength(text.length() - 1);
                }
                return text.toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the stored text's UTF-8 to {@code out}, decompressing it as a stream. */
    static void copy(boolean compressed, byte[] bytes, java.io.OutputStream out) throws IOException {
        if (!compressed) {
            out.write(bytes);
            return;
        }
        try (var gzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            gzip.transferTo(out);
        }
    }

    static String decode(boolean compressed, byte[] bytes) {
        if (!compressed) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try (var gzip = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
