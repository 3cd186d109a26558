-- MT-6: the common-house (ОДН) meters of an account's house and their monthly volumes: the house's and the account's
-- share. account.AccountChanged.v1 does not carry them yet (account-service must publish them, see ADR 0025); until it
-- does, these tables stay empty and the cabinet says there is no common-house meter data.
create table common_house_meter (
    account_number varchar(13) not null,
    id             bigint      not null,
    serial_number  varchar(40) not null,
    service        varchar(20) not null
        check (service in ('ELECTRICITY', 'GAS', 'COLD_WATER', 'HOT_WATER', 'HEATING')),
    primary key (account_number, id)
);

create table common_house_volume (
    account_number varchar(13)    not null,
    meter_id       bigint         not null,
    period         date           not null check (extract(day from period) = 1),
    house_volume   numeric(14, 3) not null check (house_volume >= 0),
    account_share  numeric(14, 3) not null check (account_share >= 0),
    primary key (account_number, meter_id, period),
    foreign key (account_number, meter_id) references common_house_meter (account_number, id) on delete cascade
);
