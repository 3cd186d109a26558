-- The whole account record the back office sends over backoffice.accounts (BO-1, AC-1): the house's area besides the
-- flat's, contact and preferences, closing, charge lines and meters; and the two counters that order changes
-- (docs/adr/0009): the back office's revision of the record (an older one is never applied over a newer one) and this
-- service's own sequence of the changes it publishes on account.accounts.
alter table account
    add column flat_number        varchar(10),
    add column house_area         numeric(9, 2) check (house_area > 0),
    add column phone              varchar(16) check (phone ~ '^\+[1-9][0-9]{7,14}$'),
    add column email              varchar(254),
    add column sms_informing      boolean     not null default false,
    add column email_informing    boolean     not null default false,
    add column bill_delivery      varchar(10) not null default 'PAPER' check (bill_delivery in ('PAPER', 'EMAIL')),
    add column closed_on          date,
    add column backoffice_revision bigint     not null default 0 check (backoffice_revision >= 0),
    add column sequence           bigint      not null default 0 check (sequence >= 0),
    add column changed_at         timestamptz;

alter table account alter column total_area type numeric(9, 2);

-- The lines the account is charged by (electricity, its common-house part, penalty; natural gas, VDGO ...), in the
-- back office's order. A code is unique within an account (checked when a record is applied).
create table account_charge_line (
    account_number varchar(13)  not null references account (number) on delete cascade,
    position       integer      not null check (position >= 0),
    code           varchar(40)  not null,
    service        varchar(40)  not null,
    kind           varchar(20)  not null,
    name           varchar(100) not null,
    primary key (account_number, position)
);

-- The account's meters as the back office registers them, in its order (a meter id is unique within an account,
-- checked when a record is applied); metering keeps its own projection from account.accounts.
create table account_meter (
    account_number   varchar(13) not null references account (number) on delete cascade,
    position         integer     not null check (position >= 0),
    meter_id         bigint      not null check (meter_id > 0),
    serial_number    varchar(40) not null,
    service          varchar(20) not null,
    zones            varchar(8)  not null check (zones in ('T1', 'T1,T2', 'T1,T2,T3')),
    digit_capacity   integer     not null check (digit_capacity between 1 and 9),
    decimals         integer     not null check (decimals between 0 and 3),
    verification_due date,
    remote_read      boolean     not null,
    retired          boolean     not null,
    primary key (account_number, position)
);
