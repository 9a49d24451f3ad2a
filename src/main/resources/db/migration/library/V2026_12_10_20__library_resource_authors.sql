-- The people of the directory who wrote a resource (a paper, a textbook, a standard): shown on its
-- page, and read by award juries to find co-authors among jurors and entrants.
create table library_resource_author (
    resource_id  bigint not null references library_resource (id),
    person_id    bigint not null,
    primary key (resource_id, person_id)
);
create index library_resource_author_person on library_resource_author (person_id);
