-- SchemaUpgradeIT only: a platform migration added after the real ones (V0_1-V0_3) and the services' own (V1, V2, ...) were applied.
create table platform_upgrade_probe (
    id   integer primary key,
    note varchar(100) not null
);
insert into platform_upgrade_probe (id, note) values (1, 'added later');
alter table outbox_event add column upgrade_probe varchar(20);
