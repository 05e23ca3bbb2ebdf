-- A consolidated progress report: every acting office's progress on a letter's directions, compiled by an office that
-- sees the whole cascade (the NSMCWG's secretariat for a social-media letter) and signed off by its officer. The row's
-- committee is then the compiling office; an office's own reports and its schedule ignore consolidated ones.
ALTER TABLE dir_report ADD COLUMN consolidated BOOLEAN DEFAULT FALSE NOT NULL;
