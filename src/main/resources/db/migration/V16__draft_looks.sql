-- When each user last looked at each draft (opened its page or its reader), so that a desk can show what is new
-- since: new versions, replies in the user's threads. One row per user and draft, moved on at every look.
-- Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode.
CREATE TABLE draft_look (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id   BIGINT      NOT NULL,
    draft_id  BIGINT      NOT NULL,
    looked_at DATETIME(6) NOT NULL,
    CONSTRAINT uk_draft_look UNIQUE (user_id, draft_id),
    CONSTRAINT fk_draft_look_user FOREIGN KEY (user_id) REFERENCES app_user (id),
    CONSTRAINT fk_draft_look_draft FOREIGN KEY (draft_id) REFERENCES draft (id)
);
