-- Extraction leases: the portal extracting a job (host, process, start and a random part) and until when the job
-- stays with it unless it renews the lease. A portal restarted after a crash puts back at once the jobs of a portal
-- that is gone; a live portal's jobs stay its until the lease runs out.
-- Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode.
ALTER TABLE extraction_job ADD COLUMN lease_owner VARCHAR(160);
ALTER TABLE extraction_job ADD COLUMN lease_until DATETIME(6);

-- Jobs claimed before leases existed belong to a portal that stopped for this upgrade: their lease has run out
UPDATE extraction_job SET lease_until = COALESCE(claimed_at, created_at) WHERE status = 'EXTRACTING';

CREATE INDEX ix_extraction_job_lease ON extraction_job (status, lease_until);
