-- One-time SMS codes that confirm a phone (ADR 0011). The code itself is never stored: code_hash is
-- HMAC-SHA256(key, id || ':' || code). The rows double as the log the per-phone and per-address caps count.
create table phone_confirmation (
    id              uuid        primary key,
    version         bigint      not null,
    subject         text        not null,
    phone           text        not null,
    client_ip       text        not null,
    code_hash       text        not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    failed_attempts integer     not null default 0,
    status          text        not null,
    delivery_id     text,
    confirmed_at    timestamptz,
    constraint phone_confirmation_status check (status in ('PENDING', 'CONFIRMED', 'LOCKED', 'SUPERSEDED', 'NOT_SENT')),
    constraint phone_confirmation_attempts check (failed_attempts >= 0)
);

create index phone_confirmation_phone_created on phone_confirmation (phone, created_at);
create index phone_confirmation_ip_created on phone_confirmation (client_ip, created_at);
create index phone_confirmation_pending on phone_confirmation (phone) where status = 'PENDING';
