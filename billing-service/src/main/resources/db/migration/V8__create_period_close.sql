-- The monthly period close (issue #9, docs/adr/0023): one row per period closed or being closed, its accounts split
-- into chunks that billing instances claim with `for update skip locked`; a chunk is done in the same transaction as
-- its accounts' settlements, closed-account rows and outbox events, so a crash mid-way leaves it to be done again.
create table period_close (
    period         date         primary key check (extract(day from period) = 1),
    status         varchar(10)  not null check (status in ('RUNNING', 'CLOSED')),
    accounts_total integer      not null check (accounts_total >= 0),
    chunks_total   integer      not null check (chunks_total >= 0),
    started_at     timestamptz  not null,
    started_by     varchar(100) not null,
    finished_at    timestamptz
);

-- Accounts first_account .. last_account (inclusive, in account-number order) of a close.
create table period_close_chunk (
    period        date         not null references period_close,
    chunk         integer      not null,
    first_account varchar(13)  not null,
    last_account  varchar(13)  not null,
    accounts      integer      not null check (accounts > 0),
    done_at       timestamptz,
    done_by       varchar(100),
    primary key (period, chunk)
);
create index period_close_chunk_pending on period_close_chunk (period, chunk) where done_at is null;

-- Each account closed once per period (the primary key refuses a second close): the receipt's total to pay.
create table closed_account (
    account_number varchar(13)  not null,
    period         date         not null,
    total_kopecks  bigint       not null check (total_kopecks >= 0),
    lines          integer      not null,
    closed_by      varchar(100) not null,
    primary key (account_number, period)
);

-- The closing balance a close wrote (null while the period is open): opening + charges + recalculations - payments.
alter table line_settlement
    add column closing_kopecks bigint,
    add column closed_at       timestamptz;
