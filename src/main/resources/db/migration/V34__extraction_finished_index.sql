-- Portals sharing the database read the extractions that ended since they last looked (to index the text of
-- versions another portal extracted): by the time the job ended.
CREATE INDEX ix_extraction_job_finished ON extraction_job (finished_at);
