-- The row every data load locks first, so that nodes starting together on an empty database run
-- each load once: the second waits for the first to commit, then finds the load done.
insert into shared_data_load (name, loaded_at) values ('(lock)', current_timestamp);
