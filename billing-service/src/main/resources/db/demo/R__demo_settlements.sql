-- Demo settlements (profile demo) of ivanova's 1000000011, so the billing pages and receipts (BL-1 … BL-3) show
-- something before the monthly close runs in the demo: three months before the one this runs in (Moscow time), closed
-- as the close would have closed them (closed_account and a CLOSED period_close row each, ADR 0023, so they are not
-- closed a second time), and the current month opened.
-- Integer kopecks; closing = opening + charges + recalculations - payments carries to the next opening. Rows already
-- there stay (the close's, or an earlier run's). Delete this script once the demo back office and the close produce
-- real settlements (Flyway then stops asking for it, kabinet-defaults.properties).
with m as (select (date_trunc('month', now() at time zone 'Europe/Moscow'))::date as current_month)
insert into line_settlement (account_number, line_code, period, opening_kopecks, charges_kopecks,
    recalculations_kopecks, version)
select '1000000011', s.line_code, (m.current_month - s.months_back * interval '1 month')::date, s.opening, s.charges,
    s.recalculations, 0
from m, (values
    ('EL',         3,      0, 157200,    0),
    ('EL_ODN',     3,      0,   4830,    0),
    ('EL',         2, 157200, 143050,    0),
    ('EL_ODN',     2,   4830,   4610,    0),
    ('EL',         1, 143050, 168900, -1250),
    ('EL_ODN',     1,   4610,   5020,    0),
    ('EL_PENALTY', 1,      0,    380,    0),
    ('EL',         0, 210700,      0,    0),
    ('EL_ODN',     0,   9630,      0,    0),
    ('EL_PENALTY', 0,    380,      0,    0)
) as s (line_code, months_back, opening, charges, recalculations)
on conflict do nothing;

with m as (select (date_trunc('month', now() at time zone 'Europe/Moscow'))::date as current_month)
insert into line_settlement_payment (account_number, line_code, period, payment_id, paid_on, kopecks)
select '1000000011', p.line_code, (m.current_month - p.months_back * interval '1 month')::date, p.payment_id::uuid,
    (m.current_month - p.months_back * interval '1 month')::date + p.day - 1, p.kopecks
from m, (values
    ('EL',     2, '00000000-0000-7000-8000-000000000b01', 8, 157200),
    ('EL_ODN', 2, '00000000-0000-7000-8000-000000000b02', 8,   4830),
    ('EL',     1, '00000000-0000-7000-8000-000000000b03', 9, 100000)
) as p (line_code, months_back, payment_id, day, kopecks)
where exists (select 1 from line_settlement s where s.account_number = '1000000011' and s.line_code = p.line_code
    and s.period = (m.current_month - p.months_back * interval '1 month')::date)
on conflict do nothing;

-- The three months closed: the periods (so an operator's close of them is refused, 409 period-already-closed) and
-- ivanova's account in each, with its total to pay (the closing balance of its lines, never below 0).
with m as (select (date_trunc('month', now() at time zone 'Europe/Moscow'))::date as current_month)
insert into period_close (period, status, accounts_total, chunks_total, started_at, started_by, finished_at)
select (m.current_month - b * interval '1 month')::date, 'CLOSED', 1, 0, now(), 'demo seed', now()
from m, generate_series(1, 3) as b
on conflict do nothing;

with m as (select (date_trunc('month', now() at time zone 'Europe/Moscow'))::date as current_month),
closing as (
    select s.period, count(*) as lines,
        sum(s.opening_kopecks + s.charges_kopecks + s.recalculations_kopecks
            - coalesce((select sum(p.kopecks) from line_settlement_payment p where p.account_number = s.account_number
                and p.line_code = s.line_code and p.period = s.period), 0)) as total
    from line_settlement s, m
    where s.account_number = '1000000011' and s.period < m.current_month
        and s.period >= (m.current_month - interval '3 months')::date
    group by s.period)
insert into closed_account (account_number, period, total_kopecks, lines, closed_by)
select '1000000011', period, greatest(total, 0), lines, 'demo seed' from closing
on conflict do nothing;
