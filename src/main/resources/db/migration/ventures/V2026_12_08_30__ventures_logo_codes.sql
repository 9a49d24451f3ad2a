-- A venture's logo, the fields of education (ISCED-F 2013) and occupations (ISCO-08, ESCO) it draws
-- on, and the cooperation agreement whose joint programme its founders came from.
alter table ventures_venture add column logo_key varchar(64);
alter table ventures_venture add column logo_type varchar(100);
alter table ventures_venture add column agreement_id bigint;

create table ventures_venture_field (
    venture_id  bigint not null references ventures_venture (id) on delete cascade,
    code        varchar(4) not null,
    primary key (venture_id, code)
);

create table ventures_venture_occupation (
    venture_id  bigint not null references ventures_venture (id) on delete cascade,
    code        varchar(4) not null,
    primary key (venture_id, code)
);

create table ventures_venture_esco (
    venture_id  bigint not null references ventures_venture (id) on delete cascade,
    uri         varchar(300) not null,
    primary key (venture_id, uri)
);
