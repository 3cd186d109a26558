-- The Bank of Russia's key rate, percent per year, each from the day it took effect (BL-5, penalties per Housing Code
-- art. 155 p. 14; docs/adr/0020). Data, not code: a new rate is a new row (a later migration or an operator's insert).
-- Published decisions 2021-12-20 .. 2025-10-27 (cbr.ru "Ключевая ставка Банка России").
create table key_rate (
    valid_from date         primary key,
    percent    numeric(5, 2) not null check (percent > 0 and percent < 100)
);

insert into key_rate (valid_from, percent) values
    (date '2021-12-20',  8.50),
    (date '2022-02-28', 20.00),
    (date '2022-04-11', 17.00),
    (date '2022-05-04', 14.00),
    (date '2022-05-27', 11.00),
    (date '2022-06-14',  9.50),
    (date '2022-07-25',  8.00),
    (date '2022-09-19',  7.50),
    (date '2023-07-24',  8.50),
    (date '2023-08-15', 12.00),
    (date '2023-09-18', 13.00),
    (date '2023-10-30', 15.00),
    (date '2023-12-18', 16.00),
    (date '2024-07-29', 18.00),
    (date '2024-09-16', 19.00),
    (date '2024-10-28', 21.00),
    (date '2025-06-09', 20.00),
    (date '2025-07-28', 18.00),
    (date '2025-09-15', 17.00),
    (date '2025-10-27', 16.50);
