-- A nomination for focal person may be withdrawn before the PM's answer (by the member who nominated or by the
-- nominee), with the reason; the PM's answer may also be "not approved" (kept in approval_ref and approval_date,
-- the status saying which). Either closes the nomination and no one becomes focal person.
ALTER TABLE focal_nomination ADD COLUMN withdrawn_by VARCHAR(64);
ALTER TABLE focal_nomination ADD COLUMN withdrawn_at DATETIME(6);
ALTER TABLE focal_nomination ADD COLUMN withdrawal_reason TEXT;
