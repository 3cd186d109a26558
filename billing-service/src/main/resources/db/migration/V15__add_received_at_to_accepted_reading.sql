-- When billing received an accepted reading (issue #9, docs/adr/0037): a reading taken in a period that was already
-- closed when it arrived is a late reading, recalculated in the open period by the next close (Decree 354 p. 61).
-- Readings stored before this column have none and count as known to every close; no rewrite of the table.
alter table accepted_reading add column received_at timestamptz;
alter table accepted_reading alter column received_at set default now();
