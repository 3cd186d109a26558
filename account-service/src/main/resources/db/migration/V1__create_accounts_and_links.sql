-- Accounts (лицевые счета) as the utility's records describe them, the services billed on each, and which login is
-- linked to which account.
create table account (
    number     varchar(13)  primary key check (number ~ '^[0-9]{10,13}$'),
    owner_name varchar(300) not null,
    address    varchar(500) not null,
    total_area numeric(8, 2) check (total_area > 0),
    rooms      integer check (rooms >= 0),
    residents  integer      not null default 0 check (residents >= 0)
);

create table account_service (
    account_number varchar(13) not null references account (number) on delete cascade,
    service        varchar(40) not null,
    primary key (account_number, service)
);

create table account_link (
    id             bigint generated always as identity primary key,
    username       varchar(255) not null,
    account_number varchar(13)  not null references account (number) on delete cascade,
    linked_at      timestamptz  not null default now(),
    unique (username, account_number)
);
create index account_link_account on account_link (account_number);
