-- Directions and compliance: letters that carry directions (the PMO's letter of 4 October 2021 first), their
-- addressees and copies, the receipts offices record, the letters forwarding them down the cascade, the events a
-- time line waits for, the progress each body records with its evidence, and the reminders sent to offices that
-- have not acknowledged a letter. Written to run unchanged on MariaDB 10.11+ and on H2 in MariaDB mode; long texts
-- are TEXT, off the row.

-- The issuing office and the offices of the cascade, as bodies of the directory. Reference data.
INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'PMO', 'Prime Minister''s Office', 'وزیرِ اعظم کا دفتر', 'OFFICE', NULL, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'NSMCWG' AND NOT EXISTS (SELECT 1 FROM committee WHERE code = 'PMO');
INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'NSA', 'National Security Adviser', 'مشیرِ قومی سلامتی', 'OFFICE', NULL, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'NSMCWG' AND NOT EXISTS (SELECT 1 FROM committee WHERE code = 'NSA');
INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'DEFENCE', 'Ministry of Defence (Defence Division)', 'وزارتِ دفاع (ڈیفنس ڈویژن)', 'MINISTRY', NULL, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'NSMCWG' AND NOT EXISTS (SELECT 1 FROM committee WHERE code = 'DEFENCE');
INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'MAG', 'Military Accountant General', 'ملٹری اکاؤنٹنٹ جنرل', 'ATTACHED_DEPARTMENT', NULL, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'NSMCWG' AND NOT EXISTS (SELECT 1 FROM committee WHERE code = 'MAG');

-- A notification may be about a letter or a direction rather than a draft
ALTER TABLE notification MODIFY draft_id BIGINT NULL;

CREATE TABLE dir_letter (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    issuing_office_id  BIGINT       NOT NULL,
    reference          VARCHAR(120) NOT NULL,
    letter_date        DATE         NOT NULL,
    subject            VARCHAR(500) NOT NULL,
    classification     VARCHAR(16)  NOT NULL,
    priority           VARCHAR(16)  NOT NULL,
    social_media       BOOLEAN      NOT NULL,
    parent_letter_id   BIGINT,
    body               TEXT,
    signed_by          VARCHAR(200),
    file_name          VARCHAR(255),
    file_media_type    VARCHAR(150),
    file_size          BIGINT,
    file_sha256        CHAR(64),
    registered_by      VARCHAR(64)  NOT NULL,
    registered_at      DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT fk_dir_letter_office FOREIGN KEY (issuing_office_id) REFERENCES committee (id),
    CONSTRAINT fk_dir_letter_parent FOREIGN KEY (parent_letter_id) REFERENCES dir_letter (id)
);
CREATE INDEX ix_dir_letter_parent ON dir_letter (parent_letter_id);

-- To whom a letter is addressed (copy_only: copies for information); a body of the directory or an office by name
CREATE TABLE dir_addressee (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    letter_id     BIGINT       NOT NULL,
    position      INT          NOT NULL,
    committee_id  BIGINT,
    all_bodies    BOOLEAN      NOT NULL,
    name          VARCHAR(300) NOT NULL,
    copy_only     BOOLEAN      NOT NULL,
    CONSTRAINT fk_dir_addressee_letter FOREIGN KEY (letter_id) REFERENCES dir_letter (id),
    CONSTRAINT fk_dir_addressee_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

-- An office's receipt of a letter: its own diary number and date, as the stamps on the paper copy
CREATE TABLE dir_receipt (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    letter_id     BIGINT       NOT NULL,
    committee_id  BIGINT       NOT NULL,
    diary_number  VARCHAR(100) NOT NULL,
    received_on   DATE         NOT NULL,
    recorded_by   VARCHAR(64)  NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_dir_receipt UNIQUE (letter_id, committee_id),
    CONSTRAINT fk_dir_receipt_letter FOREIGN KEY (letter_id) REFERENCES dir_letter (id),
    CONSTRAINT fk_dir_receipt_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE dir_direction (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    letter_id          BIGINT       NOT NULL,
    position           INT          NOT NULL,
    label              VARCHAR(16)  NOT NULL,
    direction_text     TEXT         NOT NULL,
    timeline_text      VARCHAR(200) NOT NULL,
    timeline_kind      VARCHAR(16)  NOT NULL,
    timeline_amount    INT,
    timeline_unit      VARCHAR(8),
    timeline_date      DATE,
    timeline_event     VARCHAR(200),
    action_by_text     VARCHAR(500) NOT NULL,
    all_bodies         BOOLEAN      NOT NULL,
    draft_ids          VARCHAR(500),
    other_refs         VARCHAR(1000),
    CONSTRAINT uk_dir_direction_label UNIQUE (letter_id, label),
    CONSTRAINT fk_dir_direction_letter FOREIGN KEY (letter_id) REFERENCES dir_letter (id)
);

-- The bodies that must act on a direction: one lead, the others supporting
CREATE TABLE dir_direction_body (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    direction_id  BIGINT  NOT NULL,
    committee_id  BIGINT  NOT NULL,
    is_lead       BOOLEAN NOT NULL,
    CONSTRAINT uk_dir_direction_body UNIQUE (direction_id, committee_id),
    CONSTRAINT fk_dir_direction_body_direction FOREIGN KEY (direction_id) REFERENCES dir_direction (id),
    CONSTRAINT fk_dir_direction_body_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

-- Something a time line waits for ("formation of NSMCWG"), recorded once per letter with the day it happened
CREATE TABLE dir_event (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    letter_id    BIGINT       NOT NULL,
    name         VARCHAR(200) NOT NULL,
    occurred_on  DATE         NOT NULL,
    recorded_by  VARCHAR(64)  NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_dir_event UNIQUE (letter_id, name),
    CONSTRAINT fk_dir_event_letter FOREIGN KEY (letter_id) REFERENCES dir_letter (id)
);

-- A body's dated progress on a direction. Append-only but for the lead's confirmation of a DONE entry.
CREATE TABLE dir_progress (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    direction_id  BIGINT       NOT NULL,
    committee_id  BIGINT       NOT NULL,
    entry_date    DATE         NOT NULL,
    status        VARCHAR(16)  NOT NULL,
    done_text     TEXT         NOT NULL,
    remains_text  TEXT,
    percent       INT,
    milestone     VARCHAR(200),
    reason        TEXT,
    shared        BOOLEAN      NOT NULL,
    recorded_by   VARCHAR(64)  NOT NULL,
    recorded_at   DATETIME(6)  NOT NULL,
    confirmed_by  VARCHAR(64),
    confirmed_at  DATETIME(6),
    version       BIGINT       NOT NULL,
    CONSTRAINT fk_dir_progress_direction FOREIGN KEY (direction_id) REFERENCES dir_direction (id),
    CONSTRAINT fk_dir_progress_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_dir_progress_direction ON dir_progress (direction_id, committee_id);

-- The evidence of a progress entry, kept in the file store under its SHA-256 (as versions are)
CREATE TABLE dir_evidence (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    progress_id   BIGINT       NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    media_type    VARCHAR(150) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    CONSTRAINT fk_dir_evidence_progress FOREIGN KEY (progress_id) REFERENCES dir_progress (id)
);
CREATE INDEX ix_dir_evidence_sha256 ON dir_evidence (sha256);

-- A reminder sent to an addressee that had not acknowledged a letter (one per interval)
CREATE TABLE dir_reminder (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    letter_id     BIGINT      NOT NULL,
    committee_id  BIGINT      NOT NULL,
    reminded_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_dir_reminder_letter FOREIGN KEY (letter_id) REFERENCES dir_letter (id),
    CONSTRAINT fk_dir_reminder_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_dir_reminder ON dir_reminder (letter_id, committee_id, reminded_at);
