package pk.gov.mashwara.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

class EntryHashTest {

    private static final String PREV = "ab".repeat(32);
    private static final Instant AT = Instant.parse("2026-11-29T10:15:30.123456Z");
    private static final EntryContent ENTRY = new EntryContent(AT, "pta.drafter", "VERSION_UPLOADED", "DRAFT", "42",
            "SUCCESS", "version 2, file rules.pdf", "10.0.0.7");

    @Test
    void the_hash_is_sha256_over_the_documented_layout() throws Exception {
        var bytes = new ByteArrayOutputStream();
        for (var part : new Object[] { "mashwara-audit-chain-1", PREV, 7L, 1_795_947_330_123_456L, "pta.drafter",
                "VERSION_UPLOADED", "DRAFT", "42", "SUCCESS", "version 2, file rules.pdf", "10.0.0.7" }) {
            bytes.write(1);
            if (part instanceof Long number) {
                bytes.writeBytes(ByteBuffer.allocate(8).putLong(number).array());
            } else {
                var text = ((String) part).getBytes(StandardCharsets.UTF_8);
                bytes.writeBytes(ByteBuffer.allocate(4).putInt(text.length).array());
                bytes.writeBytes(text);
            }
        }
        var expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));

        assertThat(EntryHash.of(PREV, 7, ENTRY)).isEqualTo(expected).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void moving_a_boundary_between_two_fields_changes_the_hash() {
        var ab = with(e -> new EntryContent(e.occurredAt(), e.actor(), e.action(), "DRAFTab", "c", e.outcome(),
                e.detail(), e.remoteAddr()));
        var a = with(e -> new EntryContent(e.occurredAt(), e.actor(), e.action(), "DRAFTa", "bc", e.outcome(),
                e.detail(), e.remoteAddr()));
        var detailIntoAddress = with(e -> new EntryContent(e.occurredAt(), e.actor(), e.action(), e.targetType(),
                e.targetId(), e.outcome(), "version 2", ", file rules.pdf10.0.0.7"));
        var detailWithAddress = with(e -> new EntryContent(e.occurredAt(), e.actor(), e.action(), e.targetType(),
                e.targetId(), e.outcome(), "version 2, file rules.pdf10.0.0.7", null));

        assertThat(EntryHash.of(PREV, 1, ab)).isNotEqualTo(EntryHash.of(PREV, 1, a));
        assertThat(EntryHash.of(PREV, 1, detailIntoAddress)).isNotEqualTo(EntryHash.of(PREV, 1, detailWithAddress));
        assertThat(EntryHash.encode(PREV, 1, ab)).isNotEqualTo(EntryHash.encode(PREV, 1, a));
    }

    @Test
    void an_absent_value_and_an_empty_one_differ() {
        var absent = with(e -> new EntryContent(e.occurredAt(), e.actor(), e.action(), e.targetType(), e.targetId(),
                e.outcome(), null, e.remoteAddr()));
        var empty = with(e -> new EntryContent(e.occurredAt(), e.actor(), e.action(), e.targetType(), e.targetId(),
                e.outcome(), "", e.remoteAddr()));

        assertThat(EntryHash.of(PREV, 1, absent)).isNotEqualTo(EntryHash.of(PREV, 1, empty));
    }

    @Test
    void every_field_the_place_and_the_previous_hash_count() {
        var base = EntryHash.of(PREV, 1, ENTRY);
        UnaryOperator<String> changed = s -> s + "x";
        var variants = new EntryContent[] {
                with(e -> new EntryContent(e.occurredAt().plusNanos(1000), e.actor(), e.action(), e.targetType(), e.targetId(), e.outcome(), e.detail(), e.remoteAddr())),
                with(e -> new EntryContent(e.occurredAt(), changed.apply(e.actor()), e.action(), e.targetType(), e.targetId(), e.outcome(), e.detail(), e.remoteAddr())),
                with(e -> new EntryContent(e.occurredAt(), e.actor(), changed.apply(e.action()), e.targetType(), e.targetId(), e.outcome(), e.detail(), e.remoteAddr())),
                with(e -> new EntryContent(e.occurredAt(), e.actor(), e.action(), changed.apply(e.targetType()), e.targetId(), e.outcome(), e.detail(), e.remoteAddr())),
                with(e -> new EntryContent(e.occurredAt(), e.actor(), e.action(), e.targetType(), changed.apply(e.targetId()), e.outcome(), e.detail(), e.remoteAddr())),
                with(e -> new EntryContent(e.occurredAt(), e.actor(), e.action(), e.targetType(), e.targetId(), changed.apply(e.outcome()), e.detail(), e.remoteAddr())),
                with(e -> new EntryContent(e.occurredAt(), e.actor(), e.action(), e.targetType(), e.targetId(), e.outcome(), changed.apply(e.detail()), e.remoteAddr())),
                with(e -> new EntryContent(e.occurredAt(), e.actor(), e.action(), e.targetType(), e.targetId(), e.outcome(), e.detail(), changed.apply(e.remoteAddr()))) };
        for (var variant : variants) {
            assertThat(EntryHash.of(PREV, 1, variant)).as(variant.toString()).isNotEqualTo(base);
        }
        assertThat(EntryHash.of(PREV, 2, ENTRY)).isNotEqualTo(base);
        assertThat(EntryHash.of(EntryHash.GENESIS, 1, ENTRY)).isNotEqualTo(base);
    }

    @Test
    void an_entry_is_kept_at_microseconds_and_cut_to_its_columns_without_splitting_a_character() {
        var entry = EntryContent.of(Instant.parse("2026-11-29T10:15:30.123456789Z"), " ", "LOGIN", "USER",
                "x".repeat(80), "SUCCESS", "a".repeat(999) + "😀", null);

        assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-11-29T10:15:30.123456Z"));
        assertThat(entry.actor()).isEqualTo("(unknown)");
        assertThat(entry.targetId()).hasSize(64);
        assertThat(entry.detail()).isEqualTo("a".repeat(999));
    }

    private static EntryContent with(UnaryOperator<EntryContent> change) {
        return change.apply(ENTRY);
    }
}
