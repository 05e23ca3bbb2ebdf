-- Drafts shared with a committee other than their own: a division consulted on them sees them
CREATE TABLE draft_share (
    draft_id     BIGINT      NOT NULL,
    committee_id BIGINT      NOT NULL,
    shared_at    DATETIME(6) NOT NULL,
    shared_by    VARCHAR(64) NOT NULL,
    PRIMARY KEY (draft_id, committee_id),
    CONSTRAINT fk_draft_share_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    CONSTRAINT fk_draft_share_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_draft_share_committee ON draft_share (committee_id);

-- The consultation steps of a draft, opened in the order of config/routing.yml, each with its deadline and the
-- consulted committee's recorded view. A new round opens when a draft comes back after revision.
CREATE TABLE consultation (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id        BIGINT        NOT NULL,
    round_no        INT           NOT NULL,
    position        INT           NOT NULL,
    step            VARCHAR(64)   NOT NULL,
    committee_id    BIGINT        NOT NULL,
    deadline_days   INT           NOT NULL,
    opened_at       DATETIME(6),
    due_at          DATETIME(6),
    view_kind       VARCHAR(32),
    view_text       VARCHAR(4000),
    recorded_by     VARCHAR(64),
    recorded_at     DATETIME(6),
    meeting_date    DATE,
    summary_lodged  DATE,
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_consultation_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    CONSTRAINT fk_consultation_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_consultation_draft ON consultation (draft_id, round_no, position);

-- How the committee dealt with each point the NSMCWG accepted (a resolved review thread)
CREATE TABLE point_response (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id     BIGINT        NOT NULL,
    thread_id    BIGINT        NOT NULL,
    response     VARCHAR(4000) NOT NULL,
    recorded_by  VARCHAR(64)   NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    CONSTRAINT fk_point_response_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);
CREATE INDEX ix_point_response_draft ON point_response (draft_id, thread_id);
