-- The accounts billing charges, projected from account-service's account.AccountChanged.v1 (issue #7): the last change
-- applied (sequence), closed or not, the areas and registered residents (normatives, common-house charges), the
-- services on the account and the lines it is charged by. Replaced as a whole by each change.
create table billed_account (
    account_number varchar(13)   primary key,
    sequence       bigint        not null check (sequence >= 1),
    closed         boolean       not null,
    closed_on      date,
    flat_area      numeric(9, 2) check (flat_area >= 0),
    house_area     numeric(9, 2) check (house_area >= 0),
    residents      integer       check (residents between 0 and 1000)
);

create table billed_account_service (
    account_number varchar(13) not null references billed_account on delete cascade,
    service        varchar(30) not null,
    primary key (account_number, service)
);

create table billed_account_charge_line (
    account_number varchar(13)  not null references billed_account on delete cascade,
    code           varchar(40)  not null,
    service        varchar(30)  not null,
    kind           varchar(20)  not null
        check (kind in ('CONSUMPTION', 'COMMON_HOUSE', 'MAINTENANCE', 'PENALTY', 'OTHER')),
    name           varchar(100) not null,
    position       integer      not null,
    primary key (account_number, code)
);
