-- The organizations a person worked for and no longer does, with the day the directory learned it:
-- an award jury's conflicts of interest look back a number of years.
create table directory_person_past_affiliation (
    person_id        bigint not null references directory_person (id),
    organization_id  bigint not null references directory_organization (id),
    ended_on         date not null,
    primary key (person_id, organization_id, ended_on)
);
