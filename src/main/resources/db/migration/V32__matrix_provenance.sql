-- Threads recorded from a comments matrix a committee received by letter (see docs/decisions/029-comments-matrix.md):
-- whom the row named as commenter (with their organisation) and when the matrix was received. Both null for a
-- thread written in the portal. Written to run unchanged on MariaDB 10.11+/11.x and on H2 in MariaDB mode.
ALTER TABLE review_thread ADD COLUMN recorded_for VARCHAR(300);
ALTER TABLE review_thread ADD COLUMN matrix_received_on DATE;
