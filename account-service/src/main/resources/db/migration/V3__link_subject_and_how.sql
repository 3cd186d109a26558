-- ID-1/ID-9 (ADR 0011, 0012): a link records the login's Keycloak subject (null for the demo rows seeded by username)
-- and how ownership was proven (owner surname, meter serial number, ...; DEMO for seeded rows).
alter table account_link
    add column subject varchar(36),
    add column how     varchar(20) not null default 'DEMO'
        check (how in ('DEMO', 'OWNER_SURNAME', 'METER_SERIAL', 'ACCOUNT_PASSWORD', 'LAST_PAYMENT', 'PHONE_CODE'));
