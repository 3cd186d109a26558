-- The charge a submitted reading produces, shown to the resident at once (MT-7). One preview per reading.
create table charge_preview (
    reading_id     uuid        primary key,
    account_number varchar(13) not null,
    meter_id       bigint      not null,
    amount_kopecks bigint      not null,
    calculated_at  timestamptz not null,
    version        integer     not null
);
create index charge_preview_account on charge_preview (account_number);

create table charge_line (
    reading_id     uuid          not null references charge_preview on delete cascade,
    position       integer       not null,
    zone           varchar(2)    not null,
    consumption    numeric(15,3) not null,
    tariff_kopecks bigint        not null,
    amount_kopecks bigint        not null,
    note           varchar(300),
    primary key (reading_id, position)
);
