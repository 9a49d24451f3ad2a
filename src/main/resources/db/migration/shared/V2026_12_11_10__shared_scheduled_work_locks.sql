-- Scheduled work runs on one node of a cluster at a time: a node takes the work's row (ShedLock's
-- JDBC lock) before a run, until lock_until by the database's clock.
create table shedlock (
    name        varchar(64) not null primary key,
    lock_until  timestamp(3) not null,
    locked_at   timestamp(3) not null,
    locked_by   varchar(255) not null
);
