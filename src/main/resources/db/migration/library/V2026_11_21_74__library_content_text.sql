alter table library_resource add column content_text varchar(200000);
