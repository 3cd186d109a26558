-- AC-3, AC-5: who changed what and when, for residents' own changes (contact and preferences) and operators' (FAQ,
-- answers to appeals). Names of the fields that changed, never their values: the values are personal data and live
-- only in the record they belong to.
create table audit_entry (
    id         bigint generated always as identity primary key,
    occurred_at timestamptz  not null,
    actor      varchar(255) not null,
    actor_role varchar(20)  not null check (actor_role in ('RESIDENT', 'OPERATOR')),
    action     varchar(60)  not null,
    target     varchar(60)  not null,
    fields     varchar(500) not null default ''
);
create index audit_entry_target on audit_entry (target, occurred_at desc);
