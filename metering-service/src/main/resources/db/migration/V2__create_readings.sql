-- Meter readings (MT-2, MT-3): one row per submission, one reading_value row per scale.
create table reading (
    id               uuid         primary key,
    meter_id         bigint       not null references meter (id),
    account_number   varchar(13)  not null,
    decimals         integer      not null check (decimals between 0 and 3),
    status           varchar(20)  not null check (status in ('IN_PROCESSING', 'ACCEPTED', 'REJECTED')),
    rejection_reason varchar(500),
    channel          varchar(20)  not null
        check (channel in ('PORTAL', 'OFFICE', 'CONTROLLER', 'PAYMENT', 'BACK_OFFICE')),
    submitted_at     timestamptz  not null,
    decided_at       timestamptz
);
create index reading_account_newest on reading (account_number, submitted_at desc);
create index reading_meter_newest on reading (meter_id, submitted_at desc);
create index reading_meter_accepted on reading (meter_id, submitted_at desc) where status = 'ACCEPTED';

create table reading_value (
    reading_id uuid          not null references reading (id) on delete cascade,
    zone       varchar(2)    not null check (zone in ('T1', 'T2', 'T3')),
    value      numeric(12, 3) not null check (value >= 0),
    primary key (reading_id, zone)
);
