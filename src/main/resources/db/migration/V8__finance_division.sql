-- The Finance Division is consulted on drafts with financial implications (config/routing.yml).
INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'FINANCE', 'Finance Division', 'فنانس ڈویژن', 'DIVISION', NULL, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'NSMCWG' AND NOT EXISTS (SELECT 1 FROM committee WHERE code = 'FINANCE');
