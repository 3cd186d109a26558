-- Demo accounts of the local stack (profile demo only): ivanova's two flats in Moscow, petrov's in Tver. Rows the back
-- office has since sent a record of (backoffice_revision > 0) are left as the back office made them.
insert into account (number, owner_name, address, flat_number, total_area, house_area, rooms, residents, phone, email,
                     email_informing, sequence) values
    ('1000000011', 'Иванова Анна Сергеевна', 'г. Москва, ул. Лесная, д. 5, кв. 12', '12', 54.30, 3120.50, 2, 3,
     '+79160000011', 'ivanova@kabinet.local', true, 1),
    ('1000000012', 'Иванова Анна Сергеевна', 'г. Москва, ул. Лесная, д. 5, кв. 14', '14', 38.10, 3120.50, 1, 1,
     '+79160000011', 'ivanova@kabinet.local', true, 1),
    ('2000000021', 'Петров Пётр Иванович', 'г. Тверь, пр. Мира, д. 3, кв. 7', '7', 61.70, 2450.00, 3, 4,
     '+79040000021', 'petrov@kabinet.local', true, 1)
on conflict (number) do update
    set flat_number = excluded.flat_number, house_area = excluded.house_area, phone = excluded.phone,
        email = excluded.email, email_informing = excluded.email_informing,
        sequence = greatest(account.sequence, excluded.sequence)
    where account.backoffice_revision = 0;

insert into account_service (account_number, service)
select v.* from (values
    ('1000000011', 'ELECTRICITY'),
    ('1000000012', 'ELECTRICITY'),
    ('2000000021', 'ELECTRICITY')) v (account_number, service)
join account a on a.number = v.account_number and a.backoffice_revision = 0
on conflict do nothing;

insert into account_charge_line (account_number, position, code, service, kind, name)
select v.* from (values
    ('1000000011', 0, 'EL', 'ELECTRICITY', 'CONSUMPTION', 'Электроэнергия'),
    ('1000000011', 1, 'EL_ODN', 'ELECTRICITY', 'COMMON_HOUSE', 'Электроэнергия ОДН'),
    ('1000000011', 2, 'EL_PENALTY', 'ELECTRICITY', 'PENALTY', 'Пени'),
    ('1000000012', 0, 'EL', 'ELECTRICITY', 'CONSUMPTION', 'Электроэнергия'),
    ('1000000012', 1, 'EL_ODN', 'ELECTRICITY', 'COMMON_HOUSE', 'Электроэнергия ОДН'),
    ('1000000012', 2, 'EL_PENALTY', 'ELECTRICITY', 'PENALTY', 'Пени'),
    ('2000000021', 0, 'EL', 'ELECTRICITY', 'CONSUMPTION', 'Электроэнергия'),
    ('2000000021', 1, 'EL_PENALTY', 'ELECTRICITY', 'PENALTY', 'Пени')) v (account_number, position, code, service, kind, name)
join account a on a.number = v.account_number and a.backoffice_revision = 0
on conflict do nothing;

-- The same meters metering's demo seed has (metering-service db/demo/R__demo_meters.sql).
insert into account_meter (account_number, position, meter_id, serial_number, service, zones, digit_capacity, decimals,
                           verification_due, remote_read, retired)
select v.* from (values
    ('1000000011', 0, 101, 'ЭМ-101-2019', 'ELECTRICITY', 'T1', 6, 1, date '2035-06-30', false, false),
    ('1000000012', 0, 102, 'ЭМ-102-2021', 'ELECTRICITY', 'T1,T2', 6, 1, date '2037-03-31', false, false),
    ('2000000021', 0, 201, 'ЭМ-201-2018', 'ELECTRICITY', 'T1', 5, 0, date '2034-09-30', false, false))
    v (account_number, position, meter_id, serial_number, service, zones, digit_capacity, decimals, verification_due,
       remote_read, retired)
join account a on a.number = v.account_number and a.backoffice_revision = 0
on conflict do nothing;

insert into account_link (username, account_number) values
    ('ivanova', '1000000011'),
    ('ivanova', '1000000012'),
    ('petrov', '2000000021')
on conflict do nothing;
