package pk.gov.mashwara.audit.chain;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over the previous entry's hash and a canonical encoding of every stored field.
 * Each field is written with a marker (absent or present) and, when present, its length before its bytes, so no
 * value can move a boundary between fields ({@code "ab","c"} and {@code "a","bc"} hash differently, as do an
 * absent and an empty value). The layout is in docs/decisions/008-audit-chain.md.
 */
public final class EntryHash {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** Names the layout, so that a later layout cannot produce the same bytes. */
    static final byte[] FORMAT = "mashwara-audit-chain-1".getBytes(StandardCharsets.US_ASCII);

    private EntryHash() {
    }

    /** The hash, in lower-case hex, of the entry with place {@code seq} following an entry hashed {@code prevHash}. */
    public static String of(String prevHash, long seq, EntryContent entry) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(encode(prevHash, seq, entry));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The canonical bytes that are hashed. */
    static byte[] encode(String prevHash, long seq, EntryContent entry) {
        var out = new ByteArrayOutputStream(256);
        text(out, new String(FORMAT, StandardCharsets.US_ASCII));
        text(out, prevHash);
        number(out, seq);
        number(out, ChronoUnit.MICROS.between(java.time.Instant.EPOCH, entry.occurredAt()));
        text(out, entry.actor());
        text(out, entry.action());
        text(out, entry.targetType());
        text(out, entry.targetId());
        text(out, entry.outcome());
        text(out, entry.detail());
        text(out, entry.remoteAddr());
        return out.toByteArray();
    }

    private static void number(ByteArrayOutputStream out, long value) {
        out.write(1);
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    private static void text(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.write(0);
            return;
        }
        var bytes = value.getBytes(StandardCharsets.UTF_8);
        out.write(1);
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
