package pk.gov.mashwara.shared;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The SHA-256 of an append-only record over an unambiguous encoding of its fields, the layout the clearance's hash
 * uses: a format name first, then each text as its UTF-8 length (4 bytes, big-endian) before its bytes and each
 * number as 8 bytes, so that no value can move a boundary between fields ({@code "ab","c"} and {@code "a","bc"}
 * hash differently). A missing text is written as length -1.
 */
public final class RecordHash {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

    private RecordHash(String format) {
        text(format);
    }

    /** A hash whose first field names the layout, so that a later layout cannot produce the same bytes. */
    public static RecordHash of(String format) {
        return new RecordHash(format);
    }

    public RecordHash text(String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(-1).array());
            return this;
        }
        var bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        out.writeBytes(bytes);
        return this;
    }

    public RecordHash number(long value) {
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
        return this;
    }

    /** A time in microseconds since the epoch, as the database keeps it. */
    public RecordHash time(Instant value) {
        return number(ChronoUnit.MICROS.between(Instant.EPOCH, value));
    }

    /** Lower-case hex. */
    public String hex() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
