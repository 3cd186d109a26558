-- Tariffs per service, zone scheme and zone, changing over time (BL-4). valid_to is exclusive; null = open-ended.
create table tariff (
    id               bigint generated always as identity primary key,
    service          varchar(20) not null,
    scheme           varchar(20) not null,
    zone             varchar(2)  not null,
    kopecks_per_unit bigint      not null check (kopecks_per_unit >= 0),
    valid_from       date        not null,
    valid_to         date,
    constraint tariff_period check (valid_to is null or valid_to > valid_from),
    constraint tariff_start unique (service, scheme, zone, valid_from)
);
