package pk.gov.mashwara.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

/** The clearance hash covers every field, and no value can move a boundary between two fields. */
class ClearanceHashTest {

    static final String SHA = "9f3a".repeat(16);
    static final Instant AT = Instant.parse("2026-11-29T11:20:30.123456Z");

    static String base() {
        return ClearanceHash.of(17, 2, SHA, "The working group advises: fix the notice period.", "focal.person",
                "Focal Person", AT);
    }

    @Test
    void the_same_clearance_hashes_the_same_and_is_sha256_hex() {
        assertThat(base()).isEqualTo(base()).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void every_field_changes_the_hash() {
        var hashes = new HashSet<String>();
        hashes.add(base());
        hashes.add(ClearanceHash.of(18, 2, SHA, "The working group advises: fix the notice period.", "focal.person",
                "Focal Person", AT));
        hashes.add(ClearanceHash.of(17, 3, SHA, "The working group advises: fix the notice period.", "focal.person",
                "Focal Person", AT));
        hashes.add(ClearanceHash.of(17, 2, "0".repeat(64), "The working group advises: fix the notice period.",
                "focal.person", "Focal Person", AT));
        hashes.add(ClearanceHash.of(17, 2, SHA, "The working group advises: fix the notice period!", "focal.person",
                "Focal Person", AT));
        hashes.add(ClearanceHash.of(17, 2, SHA, "The working group advises: fix the notice period.", "focal.person2",
                "Focal Person", AT));
        hashes.add(ClearanceHash.of(17, 2, SHA, "The working group advises: fix the notice period.", "focal.person",
                "Focal Person.", AT));
        hashes.add(ClearanceHash.of(17, 2, SHA, "The working group advises: fix the notice period.", "focal.person",
                "Focal Person", AT.plusNanos(1000)));
        assertThat(hashes).hasSize(8);
    }

    @Test
    void moving_text_from_one_field_to_the_next_changes_the_hash() {
        var a = ClearanceHash.of(1, 1, SHA, "input ab", "c", "Name", AT);
        var b = ClearanceHash.of(1, 1, SHA, "input a", "bc", "Name", AT);
        var c = ClearanceHash.of(1, 1, SHA, "input abc", "", "Name", AT);
        assertThat(a).isNotEqualTo(b).isNotEqualTo(c);
        assertThat(b).isNotEqualTo(c);
    }

    @Test
    void the_hash_is_over_the_documented_length_prefixed_layout() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        for (var part : new Object[] { "mashwara-clearance-1", 17L, 2L, SHA, "اردو input", "focal.person",
                "Focal Person", java.time.temporal.ChronoUnit.MICROS.between(Instant.EPOCH, AT) }) {
            if (part instanceof String s) {
                var bytes = s.getBytes(StandardCharsets.UTF_8);
                out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
                out.writeBytes(bytes);
            } else {
                out.writeBytes(java.nio.ByteBuffer.allocate(8).putLong((Long) part).array());
            }
        }
        var expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
        assertThat(ClearanceHash.of(17, 2, SHA, "اردو input", "focal.person", "Focal Person", AT)).isEqualTo(expected);
    }
}
