-- The file a consulted division may attach to its recorded view: at most one per consultation step, kept in the
-- portal's content-addressed file store under its SHA-256 (as versions are). Append-only: never updated or deleted.
CREATE TABLE consultation_attachment (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT       NOT NULL,
    draft_id        BIGINT       NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    media_type      VARCHAR(150) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    uploaded_by     VARCHAR(64)  NOT NULL,
    uploaded_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_consultation_attachment UNIQUE (consultation_id),
    CONSTRAINT fk_consultation_attachment_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_consultation_attachment_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);
CREATE INDEX ix_consultation_attachment_sha256 ON consultation_attachment (sha256);
