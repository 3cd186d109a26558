-- MT-2: the period a portal reading counts for (the first day of its month) and whether it was given outside the
-- submission window (then it counts for the next period); a rollover the resident confirmed; a consumption held for
-- review (the scale, the consumption, the average it was compared with and the factor it exceeded). History taken by
-- the back office has none of these.
alter table reading add column period date;
alter table reading add column outside_window boolean not null default false;
alter table reading add column rollover boolean not null default false;
alter table reading add column review_zone varchar(2) check (review_zone in ('T1', 'T2', 'T3'));
alter table reading add column review_consumption numeric(13, 3);
alter table reading add column review_average numeric(13, 3);
alter table reading add column review_factor numeric(6, 2);
-- MT-5: the history filtered by meter and sorted by date within an account
create index reading_account_meter_newest on reading (account_number, meter_id, submitted_at desc);
