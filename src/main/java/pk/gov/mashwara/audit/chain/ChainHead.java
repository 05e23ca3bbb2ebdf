package pk.gov.mashwara.audit.chain;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The end of the chain as the one row of {@code audit_chain_head} records it: the last chained entry's id, place
 * and hash, and the last entry written before the chain existed.
 */
record ChainHead(long lastId, long lastSeq, String hash, long legacyUpTo) {

    private static final String SELECT = "SELECT last_id, last_seq, head_hash, legacy_up_to FROM audit_chain_head WHERE id = 1";

    /** Reads the head and locks it until the current transaction ends: appenders queue here. */
    static ChainHead lock(JdbcTemplate jdbc) {
        return read(jdbc, SELECT + " FOR UPDATE");
    }

    static ChainHead read(JdbcTemplate jdbc) {
        return read(jdbc, SELECT);
    }

    private static ChainHead read(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, (rs, row) -> new ChainHead(rs.getLong("last_id"), rs.getLong("last_seq"),
                rs.getString("head_hash"), rs.getLong("legacy_up_to")));
    }

    ChainHead advance(long id, long seq, String newHash) {
        return new ChainHead(id, seq, newHash, legacyUpTo);
    }

    boolean legacyPending() {
        return lastId < legacyUpTo;
    }

    void save(JdbcTemplate jdbc) {
        jdbc.update("UPDATE audit_chain_head SET last_id = ?, last_seq = ?, head_hash = ? WHERE id = 1", lastId,
                lastSeq, hash);
    }
}
