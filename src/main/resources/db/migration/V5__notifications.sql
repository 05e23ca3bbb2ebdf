-- Notifications: one row per recipient (rendered in the reader's language when shown), each user's choice of
-- what comes by e-mail, and the drafts a user follows.
-- Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode.

CREATE TABLE notification (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id BIGINT        NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    draft_id     BIGINT        NOT NULL,
    thread_id    BIGINT,
    actor_name   VARCHAR(200),
    draft_title  VARCHAR(300)  NOT NULL,
    excerpt      VARCHAR(500),
    link         VARCHAR(500)  NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES app_user (id),
    CONSTRAINT fk_notification_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);
-- The unread count and the newest-first list of one user
CREATE INDEX ix_notification_recipient_read ON notification (recipient_id, read_at);

CREATE TABLE notification_email_preference (
    user_id BIGINT      NOT NULL,
    kind    VARCHAR(32) NOT NULL,
    enabled BOOLEAN     NOT NULL,
    PRIMARY KEY (user_id, kind),
    CONSTRAINT fk_notification_email_preference_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

CREATE TABLE draft_follow (
    user_id    BIGINT      NOT NULL,
    draft_id   BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL,
    PRIMARY KEY (user_id, draft_id),
    CONSTRAINT fk_draft_follow_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_draft_follow_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);
-- Who follows a draft (the primary key serves the other direction)
CREATE INDEX ix_draft_follow_draft ON draft_follow (draft_id);
