-- The final summary the sponsoring division lodges with the Cabinet Division (Rules 16-19 of the Rules of
-- Business, 1973): the file as lodged (DOCX or PDF), one per lodging, kept in the portal's content-addressed file
-- store under its SHA-256 (as versions and consultation attachments are). Append-only: a returned summary keeps
-- its file, and the sponsor lodges anew with another.
CREATE TABLE cabinet_summary_file (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    summary_id      BIGINT       NOT NULL,
    draft_id        BIGINT       NOT NULL,
    file_name       VARCHAR(255) NOT NULL,
    media_type      VARCHAR(150) NOT NULL,
    size_bytes      BIGINT       NOT NULL,
    sha256          CHAR(64)     NOT NULL,
    uploaded_by     VARCHAR(64)  NOT NULL,
    uploaded_at     DATETIME(6)  NOT NULL,
    CONSTRAINT uk_cabinet_summary_file UNIQUE (summary_id),
    CONSTRAINT fk_cabinet_summary_file_summary FOREIGN KEY (summary_id) REFERENCES cabinet_summary (id),
    CONSTRAINT fk_cabinet_summary_file_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);
CREATE INDEX ix_cabinet_summary_file_sha256 ON cabinet_summary_file (sha256);
CREATE INDEX ix_cabinet_summary_file_draft ON cabinet_summary_file (draft_id, id);
