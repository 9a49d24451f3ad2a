-- The library resource (kind RECORDING) that catalogues the event's recording, once published.
alter table events_event add column recording_resource_id bigint;
