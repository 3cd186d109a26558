-- Demo accounts of the local stack (profile demo only): ivanova's two flats in Moscow, petrov's in Tver.
insert into account (number, owner_name, address, total_area, rooms, residents) values
    ('1000000011', 'Иванова Анна Сергеевна', 'г. Москва, ул. Лесная, д. 5, кв. 12', 54.30, 2, 3),
    ('1000000012', 'Иванова Анна Сергеевна', 'г. Москва, ул. Лесная, д. 5, кв. 14', 38.10, 1, 1),
    ('2000000021', 'Петров Пётр Иванович', 'г. Тверь, пр. Мира, д. 3, кв. 7', 61.70, 3, 4)
on conflict do nothing;

insert into account_service (account_number, service) values
    ('1000000011', 'ELECTRICITY'),
    ('1000000012', 'ELECTRICITY'),
    ('2000000021', 'ELECTRICITY')
on conflict do nothing;

insert into account_link (username, account_number) values
    ('ivanova', '1000000011'),
    ('ivanova', '1000000012'),
    ('petrov', '2000000021')
on conflict do nothing;
