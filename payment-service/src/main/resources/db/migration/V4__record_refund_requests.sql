-- Refunds on the payer's request (PY-9, docs/adr/0034): the resident asks, an operator approves (the bank's refund.do)
-- or rejects; who decided and when is kept on the row. At most one request per payment that is not rejected or failed.
create table refund (
    id              uuid         primary key,
    payment_id      uuid         not null references payment (id),
    account_number  varchar(13)  not null,
    amount_kopecks  bigint       not null check (amount_kopecks > 0),
    reason          varchar(500) not null,
    status          varchar(20)  not null
        check (status in ('REFUND_REQUESTED', 'APPROVED', 'REFUNDED', 'REFUND_REJECTED', 'REFUND_FAILED')),
    requested_at    timestamptz  not null,
    requested_by    varchar(100) not null,
    decided_at      timestamptz,
    decided_by      varchar(100),
    decision_note   varchar(500),
    refunded_at     timestamptz,
    bank_code       varchar(40),
    version         integer      not null default 0
);
create unique index refund_one_open_per_payment on refund (payment_id)
    where status in ('REFUND_REQUESTED', 'APPROVED', 'REFUNDED');
create index refund_account on refund (account_number, requested_at desc);
create index refund_queue on refund (status, requested_at);
