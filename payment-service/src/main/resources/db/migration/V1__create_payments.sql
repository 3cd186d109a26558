-- Payments of an account, whatever the channel (PY-5). Amounts in kopecks.
create table payment (
    id             uuid        primary key,
    account_number varchar(13) not null check (account_number ~ '^[0-9]{10,13}$'),
    amount_kopecks bigint      not null check (amount_kopecks > 0),
    status         varchar(20) not null,
    created_at     timestamptz not null
);
create index payment_account_history on payment (account_number, created_at desc, id desc);
