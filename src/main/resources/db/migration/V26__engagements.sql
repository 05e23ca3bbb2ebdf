-- The engagement log with social media companies (directions 1 and 7 of the PMO's letter): the companies, each
-- engagement with its participants, topics and the NSMCWG's position, the bodies party to it, the documents
-- exchanged (files in the portal's file store, by SHA-256) and the commitments made, followed up to done or lapsed.
-- Also the National Security Division, whose adviser may lead an engagement (role NSA_LEAD).
-- Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode. Long texts are TEXT, off the row.

INSERT INTO committee (code, name, name_ur, type, administrative_ministry_id, active, created_at, version)
  SELECT 'NSD', 'National Security Division', 'قومی سلامتی ڈویژن', 'DIVISION', NULL, TRUE, CURRENT_TIMESTAMP, 0
  FROM committee WHERE code = 'NSMCWG' AND NOT EXISTS (SELECT 1 FROM committee WHERE code = 'NSD');

CREATE TABLE platform_company (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(120) NOT NULL,
    services   VARCHAR(300),
    active     BOOLEAN      NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    version    BIGINT       NOT NULL,
    CONSTRAINT uk_platform_company_name UNIQUE (name)
);

INSERT INTO platform_company (name, services, active, created_at, version) VALUES
  ('Google', 'YouTube, Google Search, Google Play', TRUE, CURRENT_TIMESTAMP, 0),
  ('Meta', 'Facebook, Instagram, WhatsApp, Threads', TRUE, CURRENT_TIMESTAMP, 0),
  ('X', 'X (Twitter)', TRUE, CURRENT_TIMESTAMP, 0),
  ('TikTok', 'TikTok', TRUE, CURRENT_TIMESTAMP, 0),
  ('Snap', 'Snapchat', TRUE, CURRENT_TIMESTAMP, 0),
  ('Telegram', 'Telegram', TRUE, CURRENT_TIMESTAMP, 0),
  ('LinkedIn', 'LinkedIn', TRUE, CURRENT_TIMESTAMP, 0),
  ('Microsoft', 'Bing, Skype', TRUE, CURRENT_TIMESTAMP, 0);

CREATE TABLE engagement (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    company_id         BIGINT       NOT NULL,
    kind               VARCHAR(32)  NOT NULL,
    occurred_on        DATE         NOT NULL,
    subject            VARCHAR(300) NOT NULL,
    lead_username      VARCHAR(64)  NOT NULL,
    our_participants   TEXT         NOT NULL,
    their_participants TEXT,
    topics             TEXT         NOT NULL,
    position_text      TEXT,
    position_draft_id  BIGINT,
    direction_number   VARCHAR(8),
    letter_reference   VARCHAR(64),
    created_by         VARCHAR(64)  NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT fk_engagement_company FOREIGN KEY (company_id) REFERENCES platform_company (id),
    CONSTRAINT fk_engagement_draft FOREIGN KEY (position_draft_id) REFERENCES draft (id)
);
CREATE INDEX ix_engagement_company ON engagement (company_id, occurred_on);

-- The bodies of the directory party to an engagement (their users read it)
CREATE TABLE engagement_body (
    engagement_id BIGINT NOT NULL,
    committee_id  BIGINT NOT NULL,
    PRIMARY KEY (engagement_id, committee_id),
    CONSTRAINT fk_engagement_body_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_engagement_body_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE engagement_document (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    engagement_id BIGINT       NOT NULL,
    direction     VARCHAR(16)  NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    media_type    VARCHAR(150) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_engagement_document_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id)
);
CREATE INDEX ix_engagement_document_engagement ON engagement_document (engagement_id);

-- Who owes what by when: the company (owner_committee_id null) or a body of the directory
CREATE TABLE engagement_commitment (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    engagement_id      BIGINT       NOT NULL,
    owner_committee_id BIGINT,
    description        TEXT         NOT NULL,
    due_on             DATE         NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    follow_up_note     TEXT,
    closed_by          VARCHAR(64),
    closed_at          DATETIME(6),
    last_reminded_at   DATETIME(6),
    created_by         VARCHAR(64)  NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    version            BIGINT       NOT NULL,
    CONSTRAINT fk_engagement_commitment_engagement FOREIGN KEY (engagement_id) REFERENCES engagement (id),
    CONSTRAINT fk_engagement_commitment_owner FOREIGN KEY (owner_committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_engagement_commitment_status ON engagement_commitment (status, due_on);
CREATE INDEX ix_engagement_commitment_engagement ON engagement_commitment (engagement_id);

-- A notification may be about something other than a draft (a commitment of an engagement): its draft may be none
ALTER TABLE notification MODIFY draft_id BIGINT NULL;
