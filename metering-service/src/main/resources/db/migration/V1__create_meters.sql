-- Individual meters of residents' accounts (MT-1). The id is the utility's registry number of the meter.
create table meter (
    id               bigint      primary key,
    account_number   varchar(13) not null,
    serial_number    varchar(40) not null,
    service          varchar(20) not null
        check (service in ('ELECTRICITY', 'GAS', 'COLD_WATER', 'HOT_WATER', 'HEATING')),
    zones            varchar(8)  not null check (zones in ('T1', 'T1,T2', 'T1,T2,T3')),
    digit_capacity   integer     not null check (digit_capacity between 1 and 9),
    decimals         integer     not null check (decimals between 0 and 3),
    remote           boolean     not null default false,
    verification_due date,
    retired          boolean     not null default false
);
create index meter_account on meter (account_number);
