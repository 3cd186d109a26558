-- AC-6: the utility's service offices (addresses, working hours) and its contacts, shown to anyone without logging in.
-- Kabinet holds them as its own reference data (docs/adr/0027): seeded here, kept up to date by operators through the
-- protected endpoints (each change audited), not sent by the back office.
create table office (
    id         bigint generated always as identity primary key,
    position   integer      not null default 0 check (position between 0 and 1000),
    name       varchar(200) not null,
    address    varchar(300) not null,
    -- one line per period, e.g. «Пн–Чт 8:00–17:00»
    hours      varchar(500) not null,
    phone      varchar(20),
    note       varchar(500),
    updated_at timestamptz  not null default now()
);
create index office_position on office (position, id);

create table utility_contact (
    id       bigint generated always as identity primary key,
    position integer      not null default 0,
    label    varchar(200) not null,
    phone    varchar(20),
    email    varchar(120),
    hours    varchar(200),
    check (phone is not null or email is not null)
);
create index utility_contact_position on utility_contact (position, id);

insert into office (position, name, address, hours, phone, note) values
(1, 'Центральный офис обслуживания', 'г. Москва, ул. Лесная, д. 20, стр. 1',
 E'Пн–Чт 8:00–17:00\nПт 8:00–15:45\nОбед 12:00–12:45\nСб, Вс — выходные', '+74951234500',
 'Приём показаний, оплата без комиссии, замена и опломбирование счётчиков, выдача дубликатов квитанций.'),
(2, 'Офис «Северный»', 'г. Москва, Дмитровское ш., д. 89',
 E'Пн–Пт 9:00–18:00\nСб 10:00–15:00\nВс — выходной', '+74951234501',
 'Вход со двора. Есть пандус.'),
(3, 'Офис «Подольск»', 'Московская обл., г. Подольск, ул. Кирова, д. 7',
 E'Вт–Сб 9:00–18:00\nОбед 13:00–14:00\nВс, Пн — выходные', '+74967654321', null);

insert into utility_contact (position, label, phone, email, hours) values
(1, 'Единый контактный центр', '+78001234567', null, 'Круглосуточно, звонок бесплатный'),
(2, 'Аварийная служба газа', '+74951040000', null, 'Круглосуточно'),
(3, 'Электронная почта для обращений', null, 'info@kabinet.local', 'Ответ в течение 3 рабочих дней');
