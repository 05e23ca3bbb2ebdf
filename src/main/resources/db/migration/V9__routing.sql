-- The routing history of drafts: every action taken under the routing rules, in order. Written once.
CREATE TABLE routing_step (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id     BIGINT        NOT NULL,
    action       VARCHAR(64)   NOT NULL,
    from_status  VARCHAR(32)   NOT NULL,
    to_status    VARCHAR(32)   NOT NULL,
    actor        VARCHAR(64)   NOT NULL,
    actor_name   VARCHAR(200)  NOT NULL,
    acted_at     DATETIME(6)   NOT NULL,
    reason       VARCHAR(2000),
    details      VARCHAR(4000),
    CONSTRAINT fk_routing_step_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);
CREATE INDEX ix_routing_step_draft ON routing_step (draft_id, id);
