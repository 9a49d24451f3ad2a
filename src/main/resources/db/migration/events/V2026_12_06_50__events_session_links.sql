-- A session's speakers and moderators (people of the directory), its materials (library resources)
-- and the agreements signed in it (cooperation), each in the order shown.
create table events_session_person (
    session_id  bigint not null references events_session (id),
    position    integer not null,
    person_id   bigint not null,
    role        varchar(12) not null,
    primary key (session_id, position)
);
create index events_session_person_person on events_session_person (person_id);

create table events_session_material (
    session_id   bigint not null references events_session (id),
    position     integer not null,
    resource_id  bigint not null,
    primary key (session_id, position)
);

create table events_session_agreement (
    session_id    bigint not null references events_session (id),
    position      integer not null,
    agreement_id  bigint not null,
    primary key (session_id, position)
);
create index events_session_agreement_agreement on events_session_agreement (agreement_id);
