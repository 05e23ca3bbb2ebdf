-- The Secretary's designate (Rules of Business, Rule 5: the Secretary disposes of the Division's business through the
-- officers he authorises): an officer of a Division marked by an administrator to vet the Division's own drafts, e.g. the
-- Law Division's own Bill by its legislative drafting wing. Only a designate not on the case records such a view.
ALTER TABLE app_user ADD COLUMN secretary_designate BOOLEAN DEFAULT FALSE NOT NULL;
