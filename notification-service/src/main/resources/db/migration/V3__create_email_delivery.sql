-- E-mails to send, recorded with the event that caused them (its id is the idempotency key) and sent afterwards.
create table email_delivery (
    id              uuid          primary key,
    event_id        uuid          not null unique,
    recipient       varchar(254)  not null,
    subject         varchar(200)  not null,
    text_body       text          not null,
    html_body       text          not null,
    status          varchar(10)   not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    last_error      varchar(500),
    created_at      timestamptz   not null,
    next_attempt_at timestamptz   not null,
    sent_at         timestamptz,
    version         integer       not null
);
create index email_delivery_due on email_delivery (next_attempt_at) where status = 'PENDING';
