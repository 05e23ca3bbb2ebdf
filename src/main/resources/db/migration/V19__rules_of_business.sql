-- Rules of Business, 1973 (docs/decisions/016-rules-of-business.md).
-- A Bill is passed by Parliament, an Ordinance promulgated by the President (Article 89): the drafts that were
-- "Bill or ordinance" become Bills (the kind the rule book treats most strictly: in-principle approval, CCLC,
-- Parliament); a committee that meant an Ordinance changes the kind on the draft.
UPDATE draft SET kind = 'BILL' WHERE kind = 'BILL_OR_ORDINANCE';

-- A summary lodged with the Cabinet Division (or the secretariat of another deciding body, such as the CCLC) for
-- a deciding step of a draft's consultations, and its return as incomplete, if any. Appended, never changed but
-- for the return.
CREATE TABLE cabinet_summary (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id         BIGINT        NOT NULL,
    consultation_id  BIGINT        NOT NULL,
    lodged_on        DATE          NOT NULL,
    lodged_by        VARCHAR(64)   NOT NULL,
    lodged_at        DATETIME(6)   NOT NULL,
    returned_by      VARCHAR(64),
    returned_at      DATETIME(6),
    return_reason    VARCHAR(2000),
    version          BIGINT        NOT NULL,
    CONSTRAINT fk_cabinet_summary_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    CONSTRAINT fk_cabinet_summary_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id)
);
CREATE INDEX ix_cabinet_summary_consultation ON cabinet_summary (consultation_id, id);

-- Each decision taken on a lodged summary: approved, approved with modifications (their text), deferred (the
-- case stays pending for a later meeting) or not approved; with the case number and the meeting's date, or
-- taken by circulation (Rule 17(1)(b)) without one.
CREATE TABLE cabinet_decision (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    draft_id         BIGINT        NOT NULL,
    consultation_id  BIGINT        NOT NULL,
    summary_id       BIGINT        NOT NULL,
    decision         VARCHAR(32)   NOT NULL,
    modifications    VARCHAR(4000),
    case_number      VARCHAR(32)   NOT NULL,
    meeting_date     DATE,
    by_circulation   BOOLEAN       NOT NULL,
    decided_on       DATE          NOT NULL,
    recorded_by      VARCHAR(64)   NOT NULL,
    recorded_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_cabinet_decision_draft FOREIGN KEY (draft_id) REFERENCES draft (id),
    CONSTRAINT fk_cabinet_decision_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT fk_cabinet_decision_summary FOREIGN KEY (summary_id) REFERENCES cabinet_summary (id)
);
CREATE INDEX ix_cabinet_decision_consultation ON cabinet_decision (consultation_id, id);
