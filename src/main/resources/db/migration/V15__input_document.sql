-- The NSMCWG's input on a draft as a document: every save of it (composed by the secretary at consolidation,
-- edited by the focal person at clearance) is a numbered revision, written once and never changed. The latest
-- revision is the document; the one the focal person cleared is the latest saved before the clearance. `body` is
-- sanitised HTML (headings, lists, bold and italic only, no attributes).
-- Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode.
CREATE TABLE input_revision (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id      BIGINT       NOT NULL,
    revision_no   INT          NOT NULL,
    draft_status  VARCHAR(40)  NOT NULL,
    covering_note TEXT         NOT NULL,
    body          MEDIUMTEXT   NOT NULL,
    author        VARCHAR(64)  NOT NULL,
    author_name   VARCHAR(200) NOT NULL,
    saved_at      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_input_revision UNIQUE (draft_id, revision_no),
    CONSTRAINT fk_input_revision_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);
