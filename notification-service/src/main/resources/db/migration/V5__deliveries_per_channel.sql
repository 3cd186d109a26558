-- Every delivery of every channel (issue #11, NT-1): e-mail, SMS and in-cabinet message, each recorded with the template
-- (name/version) and language it was rendered from, the account, the recipient, the outcome and the attempts.
-- The idempotency key is the event id with the channel: one delivery per event and channel. A delivery that keeps
-- failing ends DEAD (was FAILED), visible to operators.
alter table email_delivery rename to delivery;
alter index email_delivery_due rename to delivery_due;
alter table delivery drop constraint email_delivery_event_id_key;
alter table delivery drop constraint email_delivery_status_check;
update delivery set status = 'DEAD' where status = 'FAILED';
alter table delivery
    add constraint delivery_status_check check (status in ('PENDING', 'SENT', 'DEAD')),
    add column channel        varchar(7)  not null default 'EMAIL' check (channel in ('EMAIL', 'SMS', 'CABINET')),
    add column template       varchar(60) not null default 'reading-received/1',
    add column language       varchar(2)  not null default 'ru' check (language in ('ru', 'en')),
    add column account_number varchar(13),
    add constraint delivery_event_channel unique (event_id, channel);
alter table delivery alter column channel drop default, alter column template drop default;
-- the per-recipient rate limit counts what left for an address in the last window
create index delivery_sent_to on delivery (recipient, sent_at) where status = 'SENT';
-- the resident's history, newest first
create index delivery_account_newest on delivery (account_number, created_at desc, id desc);

-- the resident's language for notices (ru unless the account says otherwise)
alter table contact add column language varchar(2) not null default 'ru' check (language in ('ru', 'en'));

-- the serial numbers of the account's meters, so a decision on a reading can name its meter
create table contact_meter (
    account_number varchar(13)  not null,
    meter_id       bigint       not null,
    serial_number  varchar(40)  not null,
    primary key (account_number, meter_id)
);

-- messages in the cabinet: read or not
alter table message add column read_at timestamptz;
create index message_unread on message (account_number) where read_at is null;
