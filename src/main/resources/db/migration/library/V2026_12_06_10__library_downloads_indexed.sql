-- The download count that the search index holds for a resource: search hits show it, and a resource
-- whose count has moved since is indexed again (IndexedDownloads).
alter table library_resource add column downloads_indexed bigint not null default 0;
update library_resource set downloads_indexed = downloads;
