-- Tamper-evident audit log: every entry carries its place in the chain (seq), the hash of the entry before it
-- (prev_hash) and its own hash over prev_hash and all its stored fields (see docs/decisions/008-audit-chain.md).
-- One row, audit_chain_head, holds the end of the chain; appenders lock it, so appends are serialised.
-- Entries that exist now have no hash yet: legacy_up_to marks them, and the portal chains them in id order at
-- start-up, before any new entry (an append seals what is left of them first, under the same lock).
-- Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode.

ALTER TABLE audit_entry ADD COLUMN seq BIGINT;
ALTER TABLE audit_entry ADD COLUMN prev_hash CHAR(64);
ALTER TABLE audit_entry ADD COLUMN hash CHAR(64);
CREATE UNIQUE INDEX ux_audit_entry_seq ON audit_entry (seq);

CREATE TABLE audit_chain_head (
    id           INT      NOT NULL PRIMARY KEY,
    last_id      BIGINT   NOT NULL,
    last_seq     BIGINT   NOT NULL,
    head_hash    CHAR(64) NOT NULL,
    legacy_up_to BIGINT   NOT NULL
);

-- The genesis value: the "previous hash" of the first entry
INSERT INTO audit_chain_head (id, last_id, last_seq, head_hash, legacy_up_to)
SELECT 1, 0, 0, '0000000000000000000000000000000000000000000000000000000000000000', COALESCE(MAX(id), 0)
FROM audit_entry;
