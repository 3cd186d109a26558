-- How an account's owner is reached: a local projection (demo seed now; account-service's events later).
create table contact (
    account_number  varchar(13)  primary key,
    email           varchar(254),
    email_informing boolean      not null default true
);
