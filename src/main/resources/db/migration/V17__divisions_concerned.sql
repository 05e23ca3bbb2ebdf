-- Divisions a committee consults case by case (Rules of Business, 1973, Rules 8, 11 and 12) and the home
-- organisations of the NSMCWG's members. Reference data: present in every installation.
INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'MOFA', 'Ministry of Foreign Affairs', 'وزارتِ خارجہ', 'MINISTRY', NULL, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'NSMCWG' AND NOT EXISTS (SELECT 1 FROM committee WHERE code = 'MOFA');
INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'INTERIOR', 'Ministry of Interior', 'وزارتِ داخلہ', 'MINISTRY', NULL, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'NSMCWG' AND NOT EXISTS (SELECT 1 FROM committee WHERE code = 'INTERIOR');
INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'ESTABLISHMENT', 'Establishment Division', 'اسٹیبلشمنٹ ڈویژن', 'DIVISION', NULL, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'NSMCWG' AND NOT EXISTS (SELECT 1 FROM committee WHERE code = 'ESTABLISHMENT');
INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'COMMERCE', 'Ministry of Commerce', 'وزارتِ تجارت', 'MINISTRY', NULL, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'NSMCWG' AND NOT EXISTS (SELECT 1 FROM committee WHERE code = 'COMMERCE');
INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'DMW', 'Prime Minister''s Digital Media Wing', 'وزیرِ اعظم کا ڈیجیٹل میڈیا ونگ', 'DIVISION', NULL, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'NSMCWG' AND NOT EXISTS (SELECT 1 FROM committee WHERE code = 'DMW');
