-- Two records of one venture merged by an admin: the merged one's team, needs, outcomes and names
-- moved to the one kept, and its address sends readers there.
create table ventures_venture_merge (
    merged_id  bigint primary key,
    into_id    bigint not null references ventures_venture (id) on delete cascade,
    merged_by  varchar(100) not null,
    merged_at  timestamp(6) with time zone not null
);
create index ventures_venture_merge_into on ventures_venture_merge (into_id);
