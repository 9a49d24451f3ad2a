-- An organization's logo: the stored file's key (SHA-256 of its content) and its media type.
alter table directory_organization add column logo_key varchar(64);
alter table directory_organization add column logo_type varchar(40);
