-- The account's individual meters from account.AccountChanged.v1 (digit capacity: a rollover wraps at 10^capacity),
-- replaced with the account (docs/adr/0020).
create table billed_meter (
    account_number varchar(13) not null references billed_account on delete cascade,
    meter_id       bigint      not null,
    service        varchar(30) not null,
    zones          varchar(8)  not null,
    digit_capacity integer     not null check (digit_capacity between 1 and 9),
    decimals       integer     not null check (decimals between 0 and 3),
    retired        boolean     not null,
    primary key (account_number, meter_id)
);

-- Accepted readings (metering.ReadingDecided.v1 with status ACCEPTED): what the period's consumption is calculated
-- from (BL-2). taken_on is the utility's day the reading was taken (submitted).
create table accepted_reading (
    reading_id     uuid        primary key,
    account_number varchar(13) not null,
    meter_id       bigint      not null,
    taken_at       timestamptz not null,
    taken_on       date        not null,
    channel        varchar(20) not null
);
create index accepted_reading_meter on accepted_reading (account_number, meter_id, taken_on);

create table accepted_reading_value (
    reading_id uuid          not null references accepted_reading on delete cascade,
    zone       varchar(2)    not null,
    value      numeric(12, 3) not null check (value >= 0),
    primary key (reading_id, zone)
);
