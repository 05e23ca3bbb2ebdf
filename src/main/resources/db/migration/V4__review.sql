-- Review: threads of comments anchored to passages of a version's text, and the review window of a draft.
-- Nothing here is ever deleted: edits keep the earlier text, retracted comments stay as retracted, and every
-- resolution, reopening and carrying forward is an event of its thread.
-- Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode.

CREATE TABLE review_window (
    draft_id    BIGINT       NOT NULL PRIMARY KEY,
    deadline    DATETIME(6)  NOT NULL,
    set_by      VARCHAR(64)  NOT NULL,
    set_at      DATETIME(6)  NOT NULL,
    reminded_at DATETIME(6),
    version     BIGINT       NOT NULL,
    CONSTRAINT fk_review_window_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);

CREATE TABLE review_thread (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id              BIGINT        NOT NULL,
    version_number        INT           NOT NULL,
    started_on_version    INT           NOT NULL,
    anchor_exact          VARCHAR(4000),
    anchor_prefix         VARCHAR(64),
    anchor_suffix         VARCHAR(64),
    anchor_start          INT,
    anchor_end            INT,
    anchor_page           INT,
    placement             VARCHAR(16)   NOT NULL,
    internal_committee_id BIGINT,
    status                VARCHAR(16)   NOT NULL,
    resolution            VARCHAR(16),
    resolution_reason     VARCHAR(2000),
    resolved_by           VARCHAR(64),
    resolved_at           DATETIME(6),
    started_by_id         BIGINT        NOT NULL,
    started_by            VARCHAR(64)   NOT NULL,
    started_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT fk_review_thread_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);
CREATE INDEX ix_review_thread_draft ON review_thread (draft_id, version_number, status);

CREATE TABLE review_comment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    thread_id    BIGINT         NOT NULL,
    parent_id    BIGINT,
    position     INT            NOT NULL,
    author_id    BIGINT         NOT NULL,
    author       VARCHAR(64)    NOT NULL,
    author_name  VARCHAR(200)   NOT NULL,
    body         VARCHAR(10000) NOT NULL,
    created_at   DATETIME(6)    NOT NULL,
    edited_at    DATETIME(6),
    retracted_at DATETIME(6),
    CONSTRAINT fk_review_comment_thread FOREIGN KEY (thread_id) REFERENCES review_thread (id),
    CONSTRAINT fk_review_comment_parent FOREIGN KEY (parent_id) REFERENCES review_comment (id)
);
CREATE INDEX ix_review_comment_thread ON review_comment (thread_id, position);

CREATE TABLE review_comment_revision (
    comment_id  BIGINT         NOT NULL,
    position    INT            NOT NULL,
    body        VARCHAR(10000) NOT NULL,
    written_at  DATETIME(6)    NOT NULL,
    PRIMARY KEY (comment_id, position),
    CONSTRAINT fk_review_revision_comment FOREIGN KEY (comment_id) REFERENCES review_comment (id)
);

CREATE TABLE review_thread_event (
    thread_id     BIGINT        NOT NULL,
    position      INT           NOT NULL,
    kind          VARCHAR(24)   NOT NULL,
    actor         VARCHAR(64)   NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    resolution    VARCHAR(16),
    from_version  INT,
    to_version    INT,
    detail        VARCHAR(2000),
    PRIMARY KEY (thread_id, position),
    CONSTRAINT fk_review_event_thread FOREIGN KEY (thread_id) REFERENCES review_thread (id)
);
