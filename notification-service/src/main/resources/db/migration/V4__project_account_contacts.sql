-- The contact projection is fed by account-service's account.AccountChanged.v1 (issue #7): the whole contact and the
-- informing preferences (AC-3), applied in the order of the account's change counter. Rows written before (sequence 0)
-- give way to the first change.
alter table contact
    add column sequence      bigint     not null default 0 check (sequence >= 0),
    add column phone         varchar(16),
    add column sms_informing boolean    not null default false,
    add column bill_delivery varchar(5) not null default 'PAPER' check (bill_delivery in ('PAPER', 'EMAIL'));
