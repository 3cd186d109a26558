-- ID-11 trial period (ADR 0032): a login made while the utility's trial period is on gets full access until ends_at;
-- after that the cabinet is read-only until an operator records the signed paper confirmation (confirmed_at/_by).
create table trial_access (
    subject      text        primary key,
    username     text        not null,
    started_at   timestamptz not null,
    ends_at      timestamptz not null,
    confirmed_at timestamptz,
    confirmed_by text
);
create index trial_access_username on trial_access (lower(username));

-- Who did what to a trial, when and from where (an operator's confirmation is a security event).
create table trial_audit (
    id        bigint      generated always as identity primary key,
    subject   text        not null,
    action    text        not null check (action in ('STARTED', 'PAPER_CONFIRMED')),
    actor     text        not null,
    at        timestamptz not null,
    client_ip text
);
create index trial_audit_subject on trial_audit (subject, at);
