-- The exchange rates admins keep for showing ventures' figures in the reader's currency: how many
-- units of a currency one US dollar bought on a day.
create table ventures_exchange_rate (
    currency    varchar(3) not null,
    on_date     date not null,
    per_usd     numeric(24, 8) not null,
    set_by      varchar(100) not null,
    set_at      timestamp(6) with time zone not null,
    primary key (currency, on_date)
);
