-- Suggested wording, categories and severity of review threads (see docs/decisions/023-suggested-wording.md).
-- Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode. Longer texts are TEXT, kept off
-- the row (their limits are checked by the portal).

-- The categories a thread is filed under: reference data, present in every installation. Codes never change;
-- names may, and a category no longer offered is made inactive, never deleted (threads keep it).
CREATE TABLE review_category (
    code     VARCHAR(32)  NOT NULL PRIMARY KEY,
    name     VARCHAR(100) NOT NULL,
    name_ur  VARCHAR(100) NOT NULL,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE
);
INSERT INTO review_category (code, name, name_ur, position, active) VALUES
  ('LEGAL',     'Legal / constitutional',  'قانونی / آئینی',        1, TRUE),
  ('POLICY',    'Policy',                  'پالیسی',                2, TRUE),
  ('DRAFTING',  'Drafting and language',   'مسودہ نویسی اور زبان',  3, TRUE),
  ('FINANCIAL', 'Financial',               'مالیاتی',               4, TRUE),
  ('TECHNICAL', 'Technical',               'تکنیکی',                5, TRUE),
  ('OTHER',     'Other',                   'دیگر',                  6, TRUE);

-- Every thread (and the suggestion it carries) has a category and a severity; earlier threads are "other" and
-- "consider", the defaults a new comment is offered.
ALTER TABLE review_thread ADD COLUMN category VARCHAR(32) NOT NULL DEFAULT 'OTHER';
ALTER TABLE review_thread ADD COLUMN severity VARCHAR(16) NOT NULL DEFAULT 'CONSIDER';
ALTER TABLE review_thread ADD CONSTRAINT fk_review_thread_category FOREIGN KEY (category) REFERENCES review_category (code);

-- A suggestion of wording on the thread's passage: replace it, delete it, or insert text after it. The wording
-- the committee accepted with changes is kept beside the proposed one.
ALTER TABLE review_thread ADD COLUMN suggestion_kind VARCHAR(16);
ALTER TABLE review_thread ADD COLUMN suggestion_text TEXT;
ALTER TABLE review_thread ADD COLUMN suggestion_accepted_text TEXT;

-- Whether an accepted suggestion is in a later version: one verdict per suggestion per version, written when
-- that version's text is ready.
CREATE TABLE review_suggestion_check (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    thread_id      BIGINT       NOT NULL,
    draft_id       BIGINT       NOT NULL,
    version_number INT          NOT NULL,
    verdict        VARCHAR(32)  NOT NULL,
    found_text     TEXT,
    expected_text  TEXT,
    found_start    INT,
    checked_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_suggestion_check_thread FOREIGN KEY (thread_id) REFERENCES review_thread (id),
    CONSTRAINT uq_suggestion_check UNIQUE (thread_id, version_number)
);
CREATE INDEX ix_suggestion_check_draft ON review_suggestion_check (draft_id, version_number);
