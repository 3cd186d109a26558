-- Tariffs and normatives as the back office sends them on backoffice.tariffs (BL-4, docs/adr/0020): the back office's
-- stable id and the revision applied (a record is applied only when its revision is above this one). Rows without an
-- id are seeded (demo profile); a back-office tariff starting the same day for the same service, scheme and zone
-- replaces such a row.
alter table tariff
    add column tariff_id varchar(40) unique,
    add column revision  bigint check (revision >= 1),
    add column unit      varchar(4);

-- Consumption per registered resident per month (Decree 354 p. 59(b), 60): charged for a meter without readings once
-- the average of its history may no longer be used. valid_to is exclusive; null = open-ended.
create table normative (
    normative_id           varchar(40)   primary key,
    revision               bigint        not null check (revision >= 1),
    service                varchar(20)   not null,
    unit                   varchar(4)    not null,
    per_resident_per_month numeric(9, 3) not null check (per_resident_per_month >= 0),
    valid_from             date          not null,
    valid_to               date,
    constraint normative_period check (valid_to is null or valid_to > valid_from)
);
create index normative_service on normative (service, valid_from);
