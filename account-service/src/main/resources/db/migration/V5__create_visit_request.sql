-- AC-4: residents' requests for a specialist visit (seal, check or replace a meter), sent to the back office over
-- account.visit-requests; its answers (accepted with a time slot, done, cancelled with a reason) come back over
-- backoffice.visit-requests.
create table visit_request (
    id             uuid         primary key,
    account_number varchar(13)  not null references account (number) on delete cascade,
    reason         varchar(20)  not null check (reason in ('SEAL_METER', 'CHECK_METER', 'REPLACE_METER')),
    meter_serial   varchar(40),
    preferred_from date         not null,
    preferred_to   date         not null check (preferred_to >= preferred_from),
    contact_phone  varchar(16)  not null check (contact_phone ~ '^\+[1-9][0-9]{7,14}$'),
    comment        varchar(1000),
    status         varchar(10)  not null check (status in ('SENT', 'ACCEPTED', 'DONE', 'CANCELLED')),
    slot_start     timestamptz,
    slot_end       timestamptz,
    cancel_reason  varchar(500),
    requested_at   timestamptz  not null,
    updated_at     timestamptz  not null
);
create index visit_request_account on visit_request (account_number, requested_at desc);
