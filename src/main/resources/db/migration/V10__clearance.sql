-- The focal person's clearances of the working group's consolidated input: written once, never changed. A draft
-- cleared again after a later revision gets a new row; the latest row of a draft is the one that counts. `hash`
-- is the SHA-256 over all the other fields but the id (see pk.gov.mashwara.routing.ClearanceHash), so a row
-- changed behind the portal's back no longer matches it.
-- Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode.
CREATE TABLE clearance (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id       BIGINT       NOT NULL,
    version_number INT          NOT NULL,
    version_sha256 CHAR(64)     NOT NULL,
    input          MEDIUMTEXT   NOT NULL,
    signer         VARCHAR(64)  NOT NULL,
    signer_name    VARCHAR(200) NOT NULL,
    signed_at      DATETIME(6)  NOT NULL,
    hash           CHAR(64)     NOT NULL,
    CONSTRAINT fk_clearance_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);
CREATE INDEX ix_clearance_draft ON clearance (draft_id, id);
