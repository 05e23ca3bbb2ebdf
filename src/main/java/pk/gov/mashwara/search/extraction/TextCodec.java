package pk.gov.mashwara.search.extraction;

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
