-- Direction 5 of PMO letter No. 1(1)/AS-II/2021: statements on engagement with social media companies, proposed
-- by anyone, issued only by MoIT or the NSMCWG's spokesperson. Direction 3: the focal person's nomination, the
-- members' views, the recommendation to the PM, the PM's approval and the history of focal persons.
-- Long texts are TEXT/MEDIUMTEXT (off the row on MariaDB); written to run on MariaDB 10.11+ and on H2 in MariaDB mode.
CREATE TABLE statement (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    proposer          VARCHAR(64)  NOT NULL,
    proposer_name     VARCHAR(200) NOT NULL,
    text_en           MEDIUMTEXT,
    text_ur           MEDIUMTEXT,
    occasion          VARCHAR(500) NOT NULL,
    company           VARCHAR(200) NOT NULL,
    urgency           VARCHAR(16)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    revision          INT          NOT NULL,
    direction_letter  VARCHAR(64)  NOT NULL,
    direction_number  VARCHAR(8)   NOT NULL,
    decline_reason    TEXT,
    decided_by        VARCHAR(64),
    decided_by_name   VARCHAR(200),
    decided_at        DATETIME(6),
    proposed_at       DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL
);
CREATE INDEX ix_statement_status ON statement (status, id);
CREATE INDEX ix_statement_proposer ON statement (proposer, id);

-- Every text the statement had: the proposal is revision 1, each edit of the spokesperson the next.
CREATE TABLE statement_revision (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    statement_id BIGINT       NOT NULL,
    number       INT          NOT NULL,
    text_en      MEDIUMTEXT,
    text_ur      MEDIUMTEXT,
    occasion     VARCHAR(500) NOT NULL,
    company      VARCHAR(200) NOT NULL,
    author       VARCHAR(64)  NOT NULL,
    author_name  VARCHAR(200) NOT NULL,
    saved_at     DATETIME(6)  NOT NULL,
    CONSTRAINT fk_statement_revision FOREIGN KEY (statement_id) REFERENCES statement (id),
    CONSTRAINT uq_statement_revision UNIQUE (statement_id, number)
);

-- Views asked of a body (any of its officers or drafters replies) or of one person, and their replies.
CREATE TABLE statement_view (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    statement_id    BIGINT       NOT NULL,
    committee_id    BIGINT,
    username        VARCHAR(64),
    question        TEXT         NOT NULL,
    asked_by        VARCHAR(64)  NOT NULL,
    asked_at        DATETIME(6)  NOT NULL,
    reply           TEXT,
    replied_by      VARCHAR(64),
    replied_by_name VARCHAR(200),
    replied_at      DATETIME(6),
    version         BIGINT       NOT NULL,
    CONSTRAINT fk_statement_view FOREIGN KEY (statement_id) REFERENCES statement (id)
);
CREATE INDEX ix_statement_view ON statement_view (statement_id, id);

-- The issue of a statement: written once, never changed; one per statement. `hash` is the SHA-256 over all the
-- other fields but the id (see pk.gov.mashwara.statement.IssueHash).
CREATE TABLE statement_issue (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    statement_id BIGINT       NOT NULL,
    issued_at    DATETIME(6)  NOT NULL,
    channel      VARCHAR(32)  NOT NULL,
    final_text   MEDIUMTEXT   NOT NULL,
    issuer       VARCHAR(64)  NOT NULL,
    issuer_name  VARCHAR(200) NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    hash         CHAR(64)     NOT NULL,
    CONSTRAINT fk_statement_issue FOREIGN KEY (statement_id) REFERENCES statement (id),
    CONSTRAINT uq_statement_issue UNIQUE (statement_id)
);
CREATE INDEX ix_statement_issue_at ON statement_issue (issued_at, id);

CREATE TABLE focal_nomination (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    nominee_id           BIGINT       NOT NULL,
    nominated_by         VARCHAR(64)  NOT NULL,
    note                 TEXT,
    status               VARCHAR(16)  NOT NULL,
    nominated_at         DATETIME(6)  NOT NULL,
    consensus_note       TEXT,
    consensus_by         VARCHAR(64),
    consensus_at         DATETIME(6),
    recommendation_ref   VARCHAR(100),
    recommendation_date  DATE,
    recommended_by       VARCHAR(64),
    approval_ref         VARCHAR(100),
    approval_date        DATE,
    approval_recorded_by VARCHAR(64),
    direction_letter     VARCHAR(64)  NOT NULL,
    direction_number     VARCHAR(8)   NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT fk_focal_nomination_nominee FOREIGN KEY (nominee_id) REFERENCES app_user (id)
);
CREATE INDEX ix_focal_nomination_status ON focal_nomination (status, id);

-- A member's support of or objection to a nomination; a member's later view replaces the earlier one.
CREATE TABLE focal_nomination_opinion (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    nomination_id BIGINT      NOT NULL,
    member        VARCHAR(64) NOT NULL,
    supports      BOOLEAN     NOT NULL,
    note          TEXT,
    recorded_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_focal_opinion FOREIGN KEY (nomination_id) REFERENCES focal_nomination (id),
    CONSTRAINT uq_focal_opinion UNIQUE (nomination_id, member)
);

-- Who was focal person when: from the PM's approval to the next one's (a term begun before the register has no from).
CREATE TABLE focal_person_term (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id        BIGINT       NOT NULL,
    from_date      DATE,
    to_date        DATE,
    approval_ref   VARCHAR(100),
    nomination_id  BIGINT,
    CONSTRAINT fk_focal_term_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_focal_term_nomination FOREIGN KEY (nomination_id) REFERENCES focal_nomination (id)
);
