-- Reminders of overdue routing steps: when the actors of a draft's step were last reminded of it, so that they
-- are reminded at most once per interval of the routing rules.
CREATE TABLE routing_reminder (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id     BIGINT        NOT NULL,
    status       VARCHAR(32)   NOT NULL,
    sent_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uq_routing_reminder UNIQUE (draft_id, status),
    CONSTRAINT fk_routing_reminder_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);
