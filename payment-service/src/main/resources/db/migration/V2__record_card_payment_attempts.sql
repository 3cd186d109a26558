-- Card payments through the acquiring bank (PY-1..PY-4, docs/adr/0022). A payment is recorded (CREATED) before the
-- bank hears of it; the bank's order id and hosted-page address come back (SENT); the bank's word moves it on.
alter table payment
    add column channel         varchar(20)  not null default 'CARD',
    add column idempotency_key varchar(64),
    add column request_hash    char(64),
    add column provider        varchar(20),
    add column order_id        varchar(64),
    add column form_url        varchar(1024),
    add column payer_name      varchar(200),
    add column payer_email     varchar(254),
    add column payer_phone     varchar(16),
    add column consent_version varchar(40),
    add column consent_at      timestamptz,
    add column expires_at      timestamptz,
    add column sent_at         timestamptz,
    add column paid_at         timestamptz,
    add column accounted_at    timestamptz,
    add column finished_at     timestamptz,
    add column outcome_code    varchar(40),
    add column next_check_at   timestamptz,
    add column version         integer      not null default 0;

-- The states of docs/adr/0022 (the skeleton's IN_PROCESSING and PAID are CONFIRMED and ACCOUNTED).
update payment set status = 'CONFIRMED' where status = 'IN_PROCESSING';
update payment set status = 'ACCOUNTED' where status = 'PAID';
alter table payment add constraint payment_status_known
    check (status in ('CREATED', 'SENT', 'CONFIRMED', 'ACCOUNTED', 'DECLINED', 'EXPIRED', 'REFUNDED'));
alter table payment add constraint payment_channel_known check (channel in ('CARD', 'BANK', 'POST', 'OTHER'));

-- A retried create finds the first attempt; the same key on another account is another attempt.
create unique index payment_idempotency on payment (account_number, idempotency_key) where idempotency_key is not null;
-- A callback or a status answer names the bank's order.
create unique index payment_order on payment (provider, order_id) where order_id is not null;
-- The janitor's queue: attempts whose outcome is not known yet, by when to ask the bank next.
create index payment_unknown_outcome on payment (next_check_at) where status in ('CREATED', 'SENT');

-- What the payment pays: a sum per charge line of billing (EL, EL_ODN, GAS, ...), integer kopecks.
create table payment_line (
    payment_id     uuid        not null references payment (id) on delete cascade,
    line_code      varchar(40) not null check (line_code ~ '^[A-Z][A-Z0-9_]{0,39}$'),
    amount_kopecks bigint      not null check (amount_kopecks > 0),
    primary key (payment_id, line_code)
);
