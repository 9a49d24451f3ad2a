-- Records loaded as demo data are marked, so that every page showing them says so.
alter table directory_organization add column demo boolean not null default false;
alter table directory_alliance add column demo boolean not null default false;
alter table directory_person add column demo boolean not null default false;
