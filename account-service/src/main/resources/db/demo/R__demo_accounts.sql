-- Demo data of the local stack (profile demo only). The demo accounts are not seeded here: the demo back office
-- (backoffice-demo/, started by ./kabinet up) sends them on backoffice.accounts as the utility's back office would —
-- ivanova's 1000000011 and 1000000012, petrov's 2000000021 and generated ones (docs/adr/0012). What stays is what no
-- back office sends: which demo login is linked to which account.
--
-- A link needs its account (account_link's foreign key), and the accounts usually arrive after this script ran (Flyway
-- runs it again only when it changes). So the demo links wait in demo_account_link, and a trigger adds each one when
-- its account is first recorded; links of accounts already recorded are added at once. Outside the demo profile
-- neither the table nor the trigger exists.
create table if not exists demo_account_link (
    username       varchar(255) not null,
    account_number varchar(13)  not null check (account_number ~ '^[0-9]{10,13}$'),
    primary key (username, account_number)
);

insert into demo_account_link (username, account_number) values
    ('ivanova', '1000000011'),
    ('ivanova', '1000000012'),
    ('petrov', '2000000021')
on conflict do nothing;

create or replace function demo_link_account() returns trigger language plpgsql as $$
begin
    insert into account_link (username, account_number)
    select d.username, d.account_number from demo_account_link d where d.account_number = new.number
    on conflict do nothing;
    return null;
end
$$;

drop trigger if exists demo_link_account on account;
create trigger demo_link_account after insert on account
    for each row execute function demo_link_account();

insert into account_link (username, account_number)
select d.username, d.account_number from demo_account_link d join account a on a.number = d.account_number
on conflict do nothing;
