-- Demo meters and their last accepted readings (profile demo only; see the shared brief, "Demo data").
insert into meter (id, account_number, serial_number, service, zones, digit_capacity, decimals, remote, verification_due)
values (101, '1000000011', 'ЭМ-101-2019', 'ELECTRICITY', 'T1', 6, 1, false, date '2035-06-30'),
       (102, '1000000012', 'ЭМ-102-2021', 'ELECTRICITY', 'T1,T2', 6, 1, false, date '2037-03-31'),
       (201, '2000000021', 'ЭМ-201-2018', 'ELECTRICITY', 'T1', 5, 0, false, date '2034-09-30')
on conflict do nothing;

insert into reading (id, meter_id, account_number, decimals, status, channel, submitted_at, decided_at)
values ('00000000-0000-4000-8000-000000000101', 101, '1000000011', 1, 'ACCEPTED', 'BACK_OFFICE',
        timestamptz '2026-10-24 10:00:00+03', timestamptz '2026-10-26 09:00:00+03'),
       ('00000000-0000-4000-8000-000000000102', 102, '1000000012', 1, 'ACCEPTED', 'BACK_OFFICE',
        timestamptz '2026-10-24 10:05:00+03', timestamptz '2026-10-26 09:00:00+03'),
       ('00000000-0000-4000-8000-000000000201', 201, '2000000021', 0, 'ACCEPTED', 'BACK_OFFICE',
        timestamptz '2026-10-23 18:30:00+03', timestamptz '2026-10-26 09:00:00+03')
on conflict do nothing;

insert into reading_value (reading_id, zone, value)
values ('00000000-0000-4000-8000-000000000101', 'T1', 12345.6),
       ('00000000-0000-4000-8000-000000000102', 'T1', 5000.0),
       ('00000000-0000-4000-8000-000000000102', 'T2', 2000.0),
       ('00000000-0000-4000-8000-000000000201', 'T1', 4321)
on conflict do nothing;
