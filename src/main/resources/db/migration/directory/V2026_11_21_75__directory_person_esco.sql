create table directory_person_esco (
    person_id  bigint not null references directory_person (id),
    uri        varchar(200) not null,
    primary key (person_id, uri)
);
