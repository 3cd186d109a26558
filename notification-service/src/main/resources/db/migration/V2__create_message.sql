-- Messages in the resident's cabinet; one per event that caused it.
create table message (
    id             uuid          primary key,
    account_number varchar(13)   not null,
    subject        varchar(200)  not null,
    body           text          not null,
    created_at     timestamptz   not null,
    event_id       uuid          not null unique,
    version        integer       not null
);
create index message_account_newest on message (account_number, created_at desc, id desc);
