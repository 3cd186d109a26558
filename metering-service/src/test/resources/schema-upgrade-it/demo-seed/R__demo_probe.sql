-- A demo seed as the services had them (repeatable, profile demo), applied once and then deleted (SchemaUpgradeIT).
insert into meter (id, account_number, serial_number, service, zones, digit_capacity, decimals)
values (9000999, '1000000011', 'ЭМ-DEMO-PROBE', 'ELECTRICITY', 'T1', 6, 1)
on conflict do nothing;
