-- Fiscal e-receipts of confirmed payments (PY-8, 54-FZ, docs/adr/0034). One receipt per payment: requested (PENDING)
-- in the transaction that confirmed the payment, issued by the fiscal data operator, then ISSUED with its numbers in
-- the transaction that writes payment.FiscalReceiptIssued.v1 to the outbox.
create table fiscal_receipt (
    payment_id          uuid         primary key references payment (id),
    account_number      varchar(13)  not null,
    amount_kopecks      bigint       not null check (amount_kopecks > 0),
    status              varchar(10)  not null check (status in ('PENDING', 'ISSUED')),
    requested_at        timestamptz  not null,
    email               varchar(254),
    phone               varchar(16),
    seller_name         varchar(200) not null,
    seller_inn          varchar(12)  not null,
    seller_address      varchar(300) not null,
    taxation            varchar(40)  not null,
    vat                 varchar(20)  not null,
    issued_at           timestamptz,
    document_number     varchar(16),
    fiscal_sign         varchar(10),
    storage_number      varchar(16),
    attempts            integer      not null default 0,
    next_attempt_at     timestamptz,
    version             integer      not null default 0,
    check (email is not null or phone is not null),
    check (status = 'PENDING' or (issued_at is not null and document_number is not null and fiscal_sign is not null
                                  and storage_number is not null))
);
-- The receipt's items (tag 1059): one per charge line the payment pays, as it was when the receipt was requested.
create table fiscal_receipt_item (
    payment_id     uuid         not null references fiscal_receipt (payment_id) on delete cascade,
    position       integer      not null,
    line_code      varchar(40)  not null,
    name           varchar(128) not null,
    amount_kopecks bigint       not null check (amount_kopecks > 0),
    primary key (payment_id, position)
);
create index fiscal_receipt_pending on fiscal_receipt (next_attempt_at) where status = 'PENDING';

-- The local fiscal data operator's own register (dev, tests and the demo; a real operator keeps it on its side):
-- one document per payment, so a repeated registration answers the same numbers.
create sequence local_fiscal_document_number;
create table local_fiscal_document (
    payment_id      uuid        primary key,
    document_number bigint      not null unique,
    fiscal_sign     varchar(10) not null,
    storage_number  varchar(16) not null,
    registered_at   timestamptz not null,
    amount_kopecks  bigint      not null
);
