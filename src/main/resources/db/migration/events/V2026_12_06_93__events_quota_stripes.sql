-- A quota may be split into stripes: rows whose capacities add up to its capacity, each with its
-- own counter, so that a rush of registrations does not queue behind one row's lock. A
-- registration takes a place in one stripe; the quota is full when every stripe is.
alter table events_place_quota add column stripe integer default 0 not null;
alter table events_place_quota drop constraint events_place_quota_scope;
alter table events_place_quota add constraint events_place_quota_scope unique (event_id, scope, scope_id, stripe);
