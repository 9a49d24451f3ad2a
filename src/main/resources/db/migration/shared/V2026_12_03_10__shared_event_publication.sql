-- Spring Modulith's event publication registry: a module's event is recorded here in the
-- transaction that publishes it, before the commit, and its row is deleted when a listener has
-- handled it. What is left is an event whose listener has not finished (a crash between the commit
-- and the listener, or a listener that failed); it is delivered again.
create table event_publication (
    id uuid not null primary key,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(4000) not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_listener on event_publication (listener_id);
create index event_publication_by_completion_date on event_publication (completion_date);
