-- Issue #11, the remaining sources (docs/adr/0035).
-- NT-4: an e-mail may carry an attachment fetched when it is sent, never stored: the row keeps only what to fetch
-- (e.g. 'receipt:1000000011/2026-10').
-- NT-2: security notices (a password, e-mail, login or phone changed) leave regardless of quiet hours and the
-- per-recipient rate limit.
-- NT-3: a broadcast's deliveries name their broadcast, for its progress.
alter table delivery
    add column attachment   varchar(60),
    add column urgent       boolean not null default false,
    add column broadcast_id uuid;
alter table delivery alter column template type varchar(60);

-- NT-4: one e-bill per account and period, whatever redelivery or reissue of billing.ReceiptIssued.v1 comes.
create table ebill (
    account_number varchar(13) not null,
    period         varchar(7)  not null,
    event_id       uuid        not null,
    created_at     timestamptz not null,
    primary key (account_number, period)
);

-- NT-3 debt reminders: each account's closing debt of its latest receipt (billing.ReceiptIssued.v1), lowered by the
-- payments notification learns of (payment.FiscalReceiptIssued.v1), and whether it was reminded of.
create table account_debt (
    account_number varchar(13) primary key,
    period         varchar(7)  not null,
    debt_kopecks   bigint      not null,
    due_date       date        not null,
    reminded_at    timestamptz
);
create index account_debt_due on account_debt (due_date) where reminded_at is null and debt_kopecks > 0;

-- NT-3 broadcasts: an operator's templated notice to every resident subscribed to the channel.
create table broadcast (
    id          uuid         primary key,
    topic       varchar(20)  not null check (topic in ('TARIFF_CHANGE', 'METER_INSTALLATION', 'OFFICE_NEWS')),
    channel     varchar(7)   not null check (channel in ('EMAIL', 'SMS')),
    title       varchar(120) not null,
    body        text         not null,
    created_by  varchar(255) not null,
    created_at  timestamptz  not null,
    total       integer      not null
);
create index delivery_broadcast on delivery (broadcast_id, status) where broadcast_id is not null;
