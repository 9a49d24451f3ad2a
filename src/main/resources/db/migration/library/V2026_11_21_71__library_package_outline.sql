alter table library_version add column package_outline ${json};
