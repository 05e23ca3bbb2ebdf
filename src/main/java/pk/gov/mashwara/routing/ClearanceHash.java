package pk.gov.mashwara.routing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of a clearance: SHA-256 over an unambiguous encoding of everything it records. The layout is a format
 * name, then the draft id, the version number, the version's SHA-256, the consolidated input, the signer's user
 * name and display name and the signing time in microseconds since the epoch. Each text is written as its UTF-8
 * length (4 bytes, big-endian) before its bytes and each number as 8 bytes, so no value can move a boundary
 * between fields ({@code "ab","c"} and {@code "a","bc"} hash differently).
 */
final class ClearanceHash {

    /** Names the layout, so that a later layout cannot produce the same bytes. */
    static final String FORMAT = "mashwara-clearance-1";

    private ClearanceHash() {
    }

    /** Lower-case hex. The time must be at microsecond precision, as the database keeps it. */
    static String of(long draftId, int versionNumber, String versionSha256, String input, String signer,
            String signerName, Instant signedAt) {
        var out = new ByteArrayOutputStream(256 + input.length() * 3);
        text(out, FORMAT);
        number(out, draftId);
        number(out, versionNumber);
        text(out, versionSha256);
        text(out, input);
        text(out, signer);
        text(out, signerName);
        number(out, ChronoUnit.MICROS.between(Instant.EPOCH, signedAt));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static void number(ByteArrayOutputStream out, long value) {
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    private static void text(ByteArrayOutputStream out, String value) {
        var bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
