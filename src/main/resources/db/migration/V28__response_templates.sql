-- Response templates: a small library of response texts per committee, and the NSMCWG's own (committee_id null),
-- inserted into a resolution's reason with their variables ({commenter}, {clause}, {organisation}) filled.
CREATE TABLE response_template (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    committee_id BIGINT,
    title        VARCHAR(120) NOT NULL,
    body         TEXT         NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    version      BIGINT       NOT NULL,
    CONSTRAINT fk_response_template_committee FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX ix_response_template_committee ON response_template (committee_id);
