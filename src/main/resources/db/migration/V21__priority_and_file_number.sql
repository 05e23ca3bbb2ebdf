-- The priority mark of a draft (Routine, Priority, Immediate, Most Immediate) and the committee's own file number
-- (e.g. "F. No. 2(1)/2026-Pub."), kept beside the NSMCWG's diary number. Every routing step and consultation step
-- records the mark it was taken or opened under.
ALTER TABLE draft ADD COLUMN priority VARCHAR(16) DEFAULT 'ROUTINE' NOT NULL;
ALTER TABLE draft ADD COLUMN file_number VARCHAR(60);
ALTER TABLE routing_step ADD COLUMN priority VARCHAR(16) DEFAULT 'ROUTINE' NOT NULL;
ALTER TABLE consultation ADD COLUMN priority VARCHAR(16) DEFAULT 'ROUTINE' NOT NULL;
CREATE INDEX ix_draft_file_number ON draft (file_number);
