-- Weight sets published as new versions of the matching algorithm, from the feedback on past
-- contacts: the weight of each component in basis points (adding up to 10,000), why, by whom and
-- when. The latest is in use on every node; with none, the rules' built-in weights are.
create table matching_algorithm (
    version          varchar(20) primary key,
    occupation       integer not null,
    skills           integer not null,
    field            integer not null,
    language         integer not null,
    quantity         integer not null,
    timing           integer not null,
    mobility         integer not null,
    note             varchar(2000),
    published_by     varchar(100) not null,
    published_at     timestamp(6) with time zone not null
);
create index matching_algorithm_published on matching_algorithm (published_at);
