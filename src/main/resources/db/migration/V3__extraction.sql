-- Text extraction: one job per version (the durable queue), and the text it produced.
-- Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode.

CREATE TABLE extraction_job (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id       BIGINT        NOT NULL,
    version_number INT           NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    reason         VARCHAR(32),
    detail         VARCHAR(1000),
    progress       VARCHAR(64),
    attempts       INT           NOT NULL,
    worker_deaths  INT           NOT NULL,
    characters     BIGINT        NOT NULL,
    truncated      BOOLEAN       NOT NULL,
    ocr            BOOLEAN       NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    claimed_at     DATETIME(6),
    finished_at    DATETIME(6),
    version        BIGINT        NOT NULL,
    CONSTRAINT uk_extraction_job_version UNIQUE (draft_id, version_number),
    CONSTRAINT fk_extraction_job_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);
CREATE INDEX ix_extraction_job_status ON extraction_job (status, claimed_at);

-- Kept apart from the job so that listing and claiming jobs never reads the text
CREATE TABLE extracted_text (
    job_id     BIGINT   NOT NULL PRIMARY KEY,
    compressed BOOLEAN  NOT NULL,
    content    LONGBLOB NOT NULL,
    CONSTRAINT fk_extracted_text_job FOREIGN KEY (job_id) REFERENCES extraction_job (id)
);
