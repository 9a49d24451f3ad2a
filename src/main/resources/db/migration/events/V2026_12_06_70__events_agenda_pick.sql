-- The sessions a registrant put on their personal agenda (its calendar feed holds only these).
create table events_agenda_pick (
    registration_id  bigint not null references events_registration (id),
    session_id       bigint not null,
    primary key (registration_id, session_id)
);
