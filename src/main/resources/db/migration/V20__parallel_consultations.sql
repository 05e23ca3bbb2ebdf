-- Consultations in parallel, divisions added case by case, objections with a path, views as U.O. notes
-- (Rules of Business, 1973, Rules 8, 9 and 11; Secretariat Instructions on U.O. notes).

-- The stage of a step: steps of the same stage are open together, each with its own deadline; the next stage
-- opens when every step of the one before has its view. Earlier rounds opened one step at a time: one stage each.
ALTER TABLE consultation ADD COLUMN stage INT NOT NULL DEFAULT 1;
UPDATE consultation SET stage = position + 1;

-- A division the committee's officer added to the round, and why (null for the rule book's own steps)
ALTER TABLE consultation ADD COLUMN added_by VARCHAR(64);
ALTER TABLE consultation ADD COLUMN added_reason TEXT;

-- The view as it arrived: the division's U.O. note, its date and the designation of the officer who signed it
ALTER TABLE consultation ADD COLUMN uo_number VARCHAR(100);
ALTER TABLE consultation ADD COLUMN uo_date DATE;
ALTER TABLE consultation ADD COLUMN signed_by VARCHAR(200);
-- A view received on paper or through e-Office and recorded by the NSMCWG or the committee for the division
ALTER TABLE consultation ADD COLUMN on_behalf BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE consultation ADD COLUMN received_on DATE;

-- The longer texts are TEXT, kept off the row: MariaDB counts a VARCHAR's full width (4 bytes a character in
-- utf8mb4) against the 65,535-byte row, which the view's text already takes a quarter of. Their limits are
-- checked by the portal (Consultation.MAX_*).
-- How an objection was dealt with other than by revision: a meeting of the Secretaries concerned (Rule 9) or
-- the Cabinet, with the objecting division's view and the sponsor's reply side by side
ALTER TABLE consultation ADD COLUMN resolution VARCHAR(32);
ALTER TABLE consultation ADD COLUMN resolved_by VARCHAR(64);
ALTER TABLE consultation ADD COLUMN resolved_at DATETIME(6);
ALTER TABLE consultation ADD COLUMN resolution_meeting DATE;
ALTER TABLE consultation ADD COLUMN resolution_attendees TEXT;
ALTER TABLE consultation ADD COLUMN resolution_outcome TEXT;
ALTER TABLE consultation ADD COLUMN sponsor_reply TEXT;
