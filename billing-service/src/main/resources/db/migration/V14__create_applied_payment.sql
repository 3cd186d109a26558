-- Payments billing credited to an account's charge lines (issue #9 "payments arrive as events and are applied exactly
-- once", docs/adr/0029): one row per payment id, whatever the channel (a card payment from payment-service, a bank or
-- post-office payment from the back office) and however often or under which event id it is delivered. The row is
-- written in the same transaction as the lines' credits (line_settlement_payment) and billing.PaymentApplied.v1 in the
-- outbox, so a payment is either credited whole, once, and told, or not at all.
create table applied_payment (
    payment_id     uuid        primary key,
    account_number varchar(13) not null,
    channel        varchar(10) not null check (channel in ('CARD', 'BANK', 'POST', 'OTHER')),
    amount_kopecks bigint      not null check (amount_kopecks > 0),
    paid_at        timestamptz not null,
    paid_on        date        not null,
    applied_at     timestamptz not null,
    event_id       uuid        not null,
    event_type     varchar(60) not null
);
create index applied_payment_account on applied_payment (account_number, paid_on);
