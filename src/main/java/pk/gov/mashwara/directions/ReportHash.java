package pk.gov.mashwara.directions;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash of a signed-off progress report: SHA-256 over an unambiguous encoding of everything it records — a
 * format name, the letter and the reporting office, the period, the diary number, what the report said of each
 * direction (the snapshot), the SHA-256 of the PDF and of the DOCX as kept, the signer's user name and name and the
 * time of signing in microseconds. Each text is written as its UTF-8 length (4 bytes) before its bytes and each
 * number as 8 bytes, so no value can move a boundary between fields (as a clearance's hash).
 */
final class ReportHash {

    static final String FORMAT = "mashwara-progress-report-1";

    private ReportHash() {
    }

    static String of(long letterId, long bodyId, LocalDate from, LocalDate to, String diaryNumber, String snapshot,
            String pdfSha256, String docxSha256, String signer, String signerName, Instant signedAt) {
        var out = new ByteArrayOutputStream(512 + snapshot.length());
        text(out, FORMAT);
        number(out, letterId);
        number(out, bodyId);
        number(out, from.toEpochDay());
        number(out, to.toEpochDay());
        text(out, diaryNumber);
        text(out, snapshot);
        text(out, pdfSha256);
        text(out, docxSha256);
        text(out, signer);
        text(out, signerName);
        number(out, ChronoUnit.MICROS.between(Instant.EPOCH, signedAt));
        return sha256(out.toByteArray());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
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
