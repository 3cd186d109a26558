-- The accounts metering knows, projected from account-service's account.AccountChanged.v1 (issue #7): the last change
-- applied (sequence) and whether the account is closed (a closed account takes no readings). Their meters are the
-- meter table's rows, written from the same events; a meter's id is the back office's registry id.
create table metered_account (
    account_number varchar(13) primary key,
    sequence       bigint      not null check (sequence >= 1),
    closed         boolean     not null
);
