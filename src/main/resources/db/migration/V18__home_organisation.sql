-- The home organisation of a member of the NSMCWG (MoFA, Commerce, the PM's Digital Media Wing, PTA, ...): shown
-- beside the member's name, never a source of rights (those follow committee_id alone). Null for everyone else.
ALTER TABLE app_user ADD COLUMN home_committee_id BIGINT NULL;
ALTER TABLE app_user ADD CONSTRAINT fk_app_user_home_committee FOREIGN KEY (home_committee_id) REFERENCES committee (id);
