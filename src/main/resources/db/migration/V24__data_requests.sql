-- Data requests (direction 4 of the PMO's letter): the NSMCWG asks one or more bodies of the directory for data.
-- Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode. Long texts are TEXT, off the row.

-- The Federal Investigation Agency, asked for data on cybercrime cases (an attached department: kept as a division)
INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'FIA', 'Federal Investigation Agency', 'وفاقی تحقیقاتی ادارہ', 'DIVISION', NULL, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'NSMCWG' AND NOT EXISTS (SELECT 1 FROM committee WHERE code = 'FIA');

-- The request: what is asked, why, in what form, how marked, by when (working days from when it was asked), and the
-- direction it serves as the letter's number and the direction's number.
CREATE TABLE data_request (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject            VARCHAR(300) NOT NULL,
    question           TEXT         NOT NULL,
    why_needed         TEXT         NOT NULL,
    form_wanted        VARCHAR(16)  NOT NULL,
    classification     VARCHAR(32)  NOT NULL,
    priority           VARCHAR(32)  NOT NULL,
    deadline_days      INT          NOT NULL,
    due_at             DATETIME(6)  NOT NULL,
    direction_letter   VARCHAR(100),
    direction_number   VARCHAR(16),
    created_by         VARCHAR(64)  NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL
);
CREATE INDEX ix_data_request_created ON data_request (created_at);

-- Each addressed body: where it stands, who in it the request is delegated to, the date for the rest of a partial
-- answer, the reason of a refusal and its escalation, and when its officers were last reminded.
CREATE TABLE data_request_body (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id         BIGINT       NOT NULL,
    committee_id       BIGINT       NOT NULL,
    state              VARCHAR(32)  NOT NULL,
    state_since        DATETIME(6)  NOT NULL,
    acknowledged_at    DATETIME(6),
    acknowledged_by    VARCHAR(64),
    delegated_to       VARCHAR(64),
    rest_due           DATE,
    decline_reason     TEXT,
    escalated_at       DATETIME(6),
    escalated_by       VARCHAR(64),
    last_reminded_at   DATETIME(6),
    version            BIGINT       NOT NULL,
    CONSTRAINT uk_data_request_body UNIQUE (request_id, committee_id),
    CONSTRAINT fk_data_request_body_request FOREIGN KEY (request_id) REFERENCES data_request (id),
    CONSTRAINT fk_data_request_body_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_data_request_body_committee ON data_request_body (committee_id, state);

-- The thread between the NSMCWG and one addressed body: clarifications asked and given, escalations, delegations.
-- Append-only.
CREATE TABLE data_request_message (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    body_id      BIGINT      NOT NULL,
    kind         VARCHAR(32) NOT NULL,
    text         TEXT        NOT NULL,
    author       VARCHAR(64) NOT NULL,
    written_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_data_request_message_body FOREIGN KEY (body_id) REFERENCES data_request_body (id)
);
CREATE INDEX ix_data_request_message_body ON data_request_message (body_id, written_at);

-- An answer of one body (numbered like versions, never changed): text, partial or whole, shareable or not.
CREATE TABLE data_request_answer (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    body_id      BIGINT      NOT NULL,
    number       INT         NOT NULL,
    text         TEXT        NOT NULL,
    partial      BOOLEAN     NOT NULL,
    rest_due     DATE,
    shareable    BOOLEAN     NOT NULL,
    answered_by  VARCHAR(64) NOT NULL,
    answered_at  DATETIME(6) NOT NULL,
    CONSTRAINT uk_data_request_answer UNIQUE (body_id, number),
    CONSTRAINT fk_data_request_answer_body FOREIGN KEY (body_id) REFERENCES data_request_body (id)
);

-- The files of an answer, kept in the portal's content-addressed file store under their SHA-256. Append-only.
CREATE TABLE data_request_file (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    answer_id    BIGINT       NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    media_type   VARCHAR(150) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    uploaded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_data_request_file_answer FOREIGN KEY (answer_id) REFERENCES data_request_answer (id)
);
CREATE INDEX ix_data_request_file_sha256 ON data_request_file (sha256);

-- A notification may be about a data request rather than a draft: its draft is then null (its link says where).
ALTER TABLE notification MODIFY draft_id BIGINT NULL;
