-- Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode.
-- Times are UTC DATETIME(6); ids are BIGINT AUTO_INCREMENT; enums are stored as their names.

CREATE TABLE committee (
    id                         BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                       VARCHAR(32)  NOT NULL,
    name                       VARCHAR(200) NOT NULL,
    name_ur                    VARCHAR(200),
    type                       VARCHAR(32)  NOT NULL,
    administrative_ministry_id BIGINT,
    active                     BOOLEAN      NOT NULL,
    created_at                 DATETIME(6)  NOT NULL,
    version                    BIGINT       NOT NULL,
    CONSTRAINT uk_committee_code UNIQUE (code),
    CONSTRAINT fk_committee_ministry FOREIGN KEY (administrative_ministry_id) REFERENCES committee (id)
);

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    email         VARCHAR(254),
    password_hash VARCHAR(100) NOT NULL,
    committee_id  BIGINT,
    enabled       BOOLEAN      NOT NULL,
    locale        VARCHAR(8)   NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE draft (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                   VARCHAR(300)  NOT NULL,
    committee_id            BIGINT        NOT NULL,
    kind                    VARCHAR(32)   NOT NULL,
    legal_basis             VARCHAR(1000) NOT NULL,
    financial_implications  BOOLEAN       NOT NULL,
    classification          VARCHAR(32)   NOT NULL,
    status                  VARCHAR(32)   NOT NULL,
    diary_number            VARCHAR(32),
    created_by              VARCHAR(64)   NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    updated_at              DATETIME(6)   NOT NULL,
    submitted_at            DATETIME(6),
    status_note             VARCHAR(1000),
    version                 BIGINT        NOT NULL,
    CONSTRAINT uk_draft_diary_number UNIQUE (diary_number),
    CONSTRAINT fk_draft_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_draft_committee ON draft (committee_id);
CREATE INDEX ix_draft_status ON draft (status);
CREATE INDEX ix_draft_updated ON draft (updated_at);

CREATE TABLE draft_version (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id      BIGINT       NOT NULL,
    number        INT          NOT NULL,
    file_name     VARCHAR(255) NOT NULL,
    media_type    VARCHAR(150) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    uploaded_by   VARCHAR(64)  NOT NULL,
    uploaded_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uk_draft_version_number UNIQUE (draft_id, number),
    CONSTRAINT fk_draft_version_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);
CREATE INDEX ix_draft_version_sha256 ON draft_version (sha256);

-- Diary numbers NSMCWG/<year>/<seq>: one row per year, locked while the next number is taken
CREATE TABLE diary_counter (
    diary_year INT NOT NULL PRIMARY KEY,
    last_value INT NOT NULL
);

CREATE TABLE audit_entry (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(48)   NOT NULL,
    target_type VARCHAR(32),
    target_id   VARCHAR(64),
    outcome     VARCHAR(16)   NOT NULL,
    detail      VARCHAR(1000),
    remote_addr VARCHAR(64)
);
CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_target ON audit_entry (target_type, target_id);

-- Spring Modulith event publication registry (the layout its JPA entities expect)
CREATE TABLE event_publication (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6),
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date DATETIME(6)
);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);

CREATE TABLE event_publication_archive (
    id                     UUID          NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6),
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date DATETIME(6)
);
