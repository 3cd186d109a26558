-- ID-7 password recovery (ADR 0026). One row per request, whether or not a login was found: the answer is the same
-- either way, so a request for nobody is recorded too (subject null, nothing sent) and refuses codes like a real one.
-- The e-mail link's token is never stored, only its SHA-256 (256 random bits: no dictionary to try). The SMS code
-- lives in phone_confirmation (V1) under the subject 'recovery:<id>'.
create table password_recovery (
    id                uuid        primary key,
    channel           text        not null,
    lookup_key        text        not null,
    subject           text,
    token_hash        text,
    confirmation_id   uuid,
    client_ip         text        not null,
    created_at        timestamptz not null,
    expires_at        timestamptz not null,
    failed_attempts   integer     not null default 0,
    status            text        not null,
    used_at           timestamptz,
    constraint password_recovery_channel check (channel in ('EMAIL', 'SMS')),
    constraint password_recovery_status check (status in ('PENDING', 'USED', 'LOCKED', 'SUPERSEDED'))
);

create unique index password_recovery_token on password_recovery (token_hash) where token_hash is not null;
create index password_recovery_ip_created on password_recovery (client_ip, created_at);
create index password_recovery_key_created on password_recovery (lookup_key, created_at);
