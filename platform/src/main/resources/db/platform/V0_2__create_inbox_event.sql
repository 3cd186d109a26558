-- Idempotent consumers: the event id is recorded in the same transaction as the event's effect.
create table inbox_event (
    event_id    uuid         not null,
    consumer    varchar(100) not null,
    event_type  varchar(200) not null,
    received_at timestamptz  not null default now(),
    primary key (event_id, consumer)
);
