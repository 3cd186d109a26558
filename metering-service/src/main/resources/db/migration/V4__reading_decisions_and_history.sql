-- BO-2, MT-3: the back office's decision on a reading (reason code besides the text; the decision's own time is
-- decided_at) and readings taken outside the portal (office, controller, the utility's records), kept as history.
alter table reading add column rejection_code varchar(40);
alter table reading add column taken_at timestamptz;
comment on column reading.taken_at is 'When the back office took a reading outside the portal (null for the portal''s own)';
