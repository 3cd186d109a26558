-- Settlements per charge line and period (BL-1): opening balance, charges, recalculations, payments; closing =
-- opening + charges + recalculations - payments (positive: debt, negative: overpayment). Integer kopecks.
create table line_settlement (
    account_number         varchar(13) not null,
    line_code              varchar(40) not null,
    period                 date        not null check (extract(day from period) = 1),
    opening_kopecks        bigint      not null,
    charges_kopecks        bigint      not null check (charges_kopecks >= 0),
    recalculations_kopecks bigint      not null,
    version                integer     not null,
    primary key (account_number, line_code, period)
);

-- Payments credited to a line in a period, once per payment id (penalties need their days, BL-5).
create table line_settlement_payment (
    account_number varchar(13) not null,
    line_code      varchar(40) not null,
    period         date        not null,
    payment_id     uuid        not null,
    paid_on        date        not null,
    kopecks        bigint      not null check (kopecks > 0),
    primary key (account_number, line_code, payment_id),
    foreign key (account_number, line_code, period) references line_settlement on delete cascade
);
