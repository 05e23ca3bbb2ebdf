package pk.gov.mashwara.audit.chain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** An audit entry as read from the database, with its place in the chain (null for one not chained). */
record StoredEntry(long id, Long seq, String prevHash, String hash, EntryContent content) {

    static final String COLUMNS = "id, seq, prev_hash, hash, occurred_at, actor, action, target_type, target_id, "
            + "outcome, detail, remote_addr";

    static StoredEntry read(ResultSet rs, int row) throws SQLException {
        var seq = rs.getLong("seq");
        return new StoredEntry(rs.getLong("id"), rs.wasNull() ? null : seq, rs.getString("prev_hash"),
                rs.getString("hash"),
                new EntryContent(fromDatabase(rs.getObject("occurred_at", LocalDateTime.class)), rs.getString("actor"),
                        rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                        rs.getString("outcome"), rs.getString("detail"), rs.getString("remote_addr")));
    }

    /** Times are kept as UTC wall-clock time, as the JPA mapping writes them ({@code hibernate.jdbc.time_zone}). */
    static LocalDateTime toDatabase(java.time.Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static java.time.Instant fromDatabase(LocalDateTime stored) {
        return stored.toInstant(ZoneOffset.UTC);
    }
}
