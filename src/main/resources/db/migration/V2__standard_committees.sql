-- The committees named in the Prime Minister's Office direction, and the NSMCWG itself.
-- Reference data: present in every installation, production included. Administrators add others.
INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version) VALUES
  ('NSMCWG',  'National Social Media Coordination Working Group', 'قومی سوشل میڈیا رابطہ ورکنگ گروپ', 'WORKING_GROUP', NULL, TRUE, CURRENT_TIMESTAMP, 0),
  ('MOIT',    'Ministry of Information Technology & Telecommunication', 'وزارتِ انفارمیشن ٹیکنالوجی و ٹیلی کمیونیکیشن', 'MINISTRY', NULL, TRUE, CURRENT_TIMESTAMP, 0),
  ('MOIB',    'Ministry of Information & Broadcasting', 'وزارتِ اطلاعات و نشریات', 'MINISTRY', NULL, TRUE, CURRENT_TIMESTAMP, 0),
  ('LAW',     'Law and Justice Division', 'ڈویژن برائے قانون و انصاف', 'DIVISION', NULL, TRUE, CURRENT_TIMESTAMP, 0),
  ('CABINET', 'Cabinet Division', 'کابینہ ڈویژن', 'DIVISION', NULL, TRUE, CURRENT_TIMESTAMP, 0);

INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'PTA', 'Pakistan Telecommunication Authority', 'پاکستان ٹیلی کمیونیکیشن اتھارٹی', 'REGULATOR', id, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'MOIT';
INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'PEMRA', 'Pakistan Electronic Media Regulatory Authority', 'پاکستان الیکٹرانک میڈیا ریگولیٹری اتھارٹی', 'REGULATOR', id, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'MOIB';
