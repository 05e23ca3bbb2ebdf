-- The progress report to the issuing office: each report a reporting office's officer signs off (append-only,
-- hashed like a clearance), the day it was recorded as sent (once, kept apart so the signed record never changes),
-- the schedule on which reports fall due per letter, and the reminders sent before and after a report is due.
-- Written to run unchanged on MariaDB 10.11+ and on H2 in MariaDB mode; long texts are TEXT, off the row.

CREATE TABLE dir_report (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    letter_id      BIGINT       NOT NULL,
    committee_id   BIGINT       NOT NULL,
    period_from    DATE         NOT NULL,
    period_to      DATE         NOT NULL,
    diary_number   VARCHAR(100) NOT NULL,
    snapshot       TEXT         NOT NULL,
    pdf_name       VARCHAR(255) NOT NULL,
    pdf_size       BIGINT       NOT NULL,
    pdf_sha256     CHAR(64)     NOT NULL,
    docx_name      VARCHAR(255) NOT NULL,
    docx_size      BIGINT       NOT NULL,
    docx_sha256    CHAR(64)     NOT NULL,
    signer         VARCHAR(64)  NOT NULL,
    signer_name    VARCHAR(200) NOT NULL,
    signed_at      DATETIME(6)  NOT NULL,
    hash           CHAR(64)     NOT NULL,
    CONSTRAINT fk_dir_report_letter FOREIGN KEY (letter_id) REFERENCES dir_letter (id),
    CONSTRAINT fk_dir_report_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_dir_report ON dir_report (letter_id, committee_id, signed_at);

CREATE TABLE dir_report_sent (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id    BIGINT      NOT NULL,
    sent_on      DATE        NOT NULL,
    recorded_by  VARCHAR(64) NOT NULL,
    recorded_at  DATETIME(6) NOT NULL,
    CONSTRAINT uq_dir_report_sent UNIQUE (report_id),
    CONSTRAINT fk_dir_report_sent_report FOREIGN KEY (report_id) REFERENCES dir_report (id)
);

CREATE TABLE dir_report_schedule (
    letter_id   BIGINT      NOT NULL PRIMARY KEY,
    kind        VARCHAR(16) NOT NULL,
    starts_on   DATE        NOT NULL,
    set_by      VARCHAR(64) NOT NULL,
    set_at      DATETIME(6) NOT NULL,
    version     BIGINT      NOT NULL,
    CONSTRAINT fk_dir_report_schedule_letter FOREIGN KEY (letter_id) REFERENCES dir_letter (id)
);

-- One reminder per report due, before it and after it, and after it again once per interval
CREATE TABLE dir_report_reminder (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    letter_id     BIGINT      NOT NULL,
    committee_id  BIGINT      NOT NULL,
    due_on        DATE        NOT NULL,
    after_due     BOOLEAN     NOT NULL,
    reminded_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_dir_report_reminder_letter FOREIGN KEY (letter_id) REFERENCES dir_letter (id),
    CONSTRAINT fk_dir_report_reminder_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_dir_report_reminder ON dir_report_reminder (letter_id, committee_id, due_on);
