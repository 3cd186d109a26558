-- Demo tariffs (profile demo): electricity from 2026-01-01, kopecks per kWh. The fallback of a billing-service started
-- without the back office: the demo back office (backoffice-demo, tariffs/TariffBook) sends the same tariffs on
-- backoffice.tariffs at every start, and an imported tariff replaces the seeded one of the same day (BL-4).
insert into tariff (service, scheme, zone, kopecks_per_unit, valid_from) values
    ('ELECTRICITY', 'SINGLE',    'T1', 643, date '2026-01-01'),
    ('ELECTRICITY', 'DAY_NIGHT', 'T1', 725, date '2026-01-01'),
    ('ELECTRICITY', 'DAY_NIGHT', 'T2', 310, date '2026-01-01')
on conflict (service, scheme, zone, valid_from) do nothing;
