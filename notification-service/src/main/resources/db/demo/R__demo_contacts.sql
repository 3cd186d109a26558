-- Demo contacts (profile demo): where the demo residents' accounts are e-mailed.
insert into contact (account_number, email, email_informing) values
    ('1000000011', 'ivanova@kabinet.local', true),
    ('1000000012', 'ivanova@kabinet.local', true),
    ('2000000021', 'petrov@kabinet.local',  true)
on conflict (account_number) do nothing;
