-- Transactional outbox (docs/adr/0002): written in the same transaction as the state change, relayed to Kafka after.
create table outbox_event (
    id           uuid primary key,
    position     bigint generated always as identity,
    topic        varchar(200) not null,
    message_key  varchar(64)  not null,
    event_type   varchar(200) not null,
    payload      jsonb        not null,
    occurred_at  timestamptz  not null,
    published_at timestamptz
);
create unique index outbox_event_position on outbox_event (position);
create index outbox_event_unpublished on outbox_event (position) where published_at is null;
