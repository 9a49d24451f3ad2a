-- A booth also shows the organization's ventures: those that are it in the directory and those its
-- graduates founded, in the order the organization shows them.
create table events_booth_venture (
    booth_id    bigint not null references events_booth (id) on delete cascade,
    position    integer not null,
    venture_id  bigint not null,
    primary key (booth_id, position)
);
