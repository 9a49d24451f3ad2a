-- Which one-off data loads (such as the demo data) have run, so that each runs once only.
create table shared_data_load (
    name       varchar(100) primary key,
    loaded_at  timestamp(6) with time zone not null
);
