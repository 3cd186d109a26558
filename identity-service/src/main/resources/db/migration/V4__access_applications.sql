-- ID-4 access applications reviewed by the utility (BO-4, ADR 0032). One row per application; the applicant's data
-- stays here (the back office gets it in identity.AccessApplicationSubmitted.v1). SUBMITTED -> APPROVED (the login made)
-- or REJECTED (with the back office's reason); after a rejection the same account may apply again, but only one
-- application per account waits at a time.
create table access_application (
    id                    uuid        primary key,
    number                bigint      generated always as identity (start with 100001) unique,
    account_number        text        not null,
    surname               text        not null,
    first_name            text        not null,
    patronymic            text,
    phone                 text        not null,
    email                 text        not null,
    meter_serial_number   text        not null,
    readings              jsonb       not null,
    extra_account_numbers text[]      not null,
    language              text        not null,
    status                text        not null check (status in ('SUBMITTED', 'APPROVED', 'REJECTED')),
    reason                text,
    username              text,
    subject               text,
    client_ip             text        not null,
    submitted_at          timestamptz not null,
    decided_at            timestamptz,
    constraint access_application_reason check ((status = 'REJECTED') = (reason is not null))
);
create unique index access_application_one_waiting on access_application (account_number) where status = 'SUBMITTED';
create index access_application_ip_at on access_application (client_ip, submitted_at);

-- Consent to personal-data processing (152-FZ) given with an application has no login yet: the application's id
-- stands for the subject, its number for the username.
