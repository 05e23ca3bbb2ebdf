-- The text of the files attached to the portal's other records (a letter's file, progress evidence, answers'
-- files, engagements' documents) is extracted by the same queue as versions, once per distinct file: such a job
-- has no draft and no version, and names its file by file_sha256, unique, so that a file attached to several
-- records (or attached again) is extracted once. Its text is kept in extracted_text as a version's is.
-- Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode.
ALTER TABLE extraction_job MODIFY draft_id BIGINT NULL;
ALTER TABLE extraction_job MODIFY version_number INT NULL;
ALTER TABLE extraction_job ADD COLUMN file_sha256 CHAR(64);
CREATE UNIQUE INDEX uk_extraction_job_file ON extraction_job (file_sha256);
