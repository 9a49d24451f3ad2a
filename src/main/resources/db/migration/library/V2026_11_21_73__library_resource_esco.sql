create table library_resource_esco (
    resource_id  bigint not null references library_resource (id),
    uri          varchar(200) not null,
    primary key (resource_id, uri)
);
