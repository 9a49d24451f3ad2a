-- Organizations are tagged with ESCO occupations as people, agreements and library resources are.
create table directory_organization_esco (
    organization_id  bigint not null references directory_organization (id),
    uri              varchar(200) not null,
    primary key (organization_id, uri)
);
