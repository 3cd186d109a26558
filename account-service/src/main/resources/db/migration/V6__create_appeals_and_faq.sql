-- AC-5: residents' appeals (обращения) to customer service or technical support, their attachments and the answers;
-- the FAQ shown per appeal type before the resident writes. Attachments are kept here as bytea (docs/adr/0016): outside
-- any served path, written and deleted with their appeal, never executed; served back only as downloads.
create table appeal (
    id             uuid          primary key,
    account_number varchar(13)   not null references account (number) on delete cascade,
    type           varchar(20)   not null check (type in ('READINGS', 'CHARGES', 'PAYMENTS', 'METERS', 'PORTAL', 'OTHER')),
    addressee      varchar(20)   not null check (addressee in ('CUSTOMER_SERVICE', 'TECHNICAL_SUPPORT')),
    text           varchar(5000) not null,
    status         varchar(12)   not null check (status in ('SENT', 'IN_PROGRESS', 'ANSWERED')),
    answer         varchar(5000),
    answered_at    timestamptz,
    sent_at        timestamptz   not null,
    updated_at     timestamptz   not null
);
create index appeal_account on appeal (account_number, sent_at desc);
create index appeal_status on appeal (status, sent_at);

create table appeal_attachment (
    id           uuid         primary key,
    appeal_id    uuid         not null references appeal (id) on delete cascade,
    position     integer      not null check (position >= 0),
    file_name    varchar(100) not null,
    content_type varchar(40)  not null check (content_type in ('image/jpeg', 'image/png', 'application/pdf')),
    size         integer      not null check (size > 0),
    content      bytea        not null
);
create index appeal_attachment_appeal on appeal_attachment (appeal_id);

create table faq_entry (
    id         bigint generated always as identity primary key,
    type       varchar(20)   not null check (type in ('READINGS', 'CHARGES', 'PAYMENTS', 'METERS', 'PORTAL', 'OTHER')),
    position   integer       not null default 0,
    question   varchar(300)  not null,
    answer     varchar(3000) not null,
    updated_at timestamptz   not null default now()
);
create index faq_entry_type on faq_entry (type, position);

insert into faq_entry (type, position, question, answer) values
('READINGS', 1, 'До какого числа передавать показания?',
 'Показания принимаются ежемесячно с 15 по 25 число. Переданные позже попадут в расчёт следующего месяца; за пропущенный месяц начисление делается по среднему потреблению.'),
('READINGS', 2, 'Почему показания отклонены?',
 'Причина отказа указана рядом с показанием в разделе «Показания». Чаще всего значение меньше предыдущего или у счётчика истёк срок поверки.'),
('CHARGES', 1, 'Почему начисление больше обычного?',
 'Проверьте, переданы ли показания за месяц: без них начисление делается по среднему потреблению или по нормативу. Также могли измениться тарифы.'),
('PAYMENTS', 1, 'Когда оплата появится в личном кабинете?',
 'Оплата картой зачисляется от 1 минуты до 24 часов. Оплата в банке или на почте — до 3 рабочих дней.'),
('METERS', 1, 'Как опломбировать новый счётчик?',
 'Оставьте заявку в разделе «Вызов специалиста» с причиной «Опломбировать счётчик». Сотрудник свяжется с вами и согласует время.'),
('PORTAL', 1, 'Не приходит письмо или СМС с кодом',
 'Проверьте папку «Спам» и правильность адреса или номера. Новый код можно запросить через минуту.'),
('PORTAL', 2, 'Как приложить снимок экрана?',
 'К обращению можно приложить до 3 файлов: изображения JPEG или PNG и документы PDF, каждый не больше 5 МБ.');
