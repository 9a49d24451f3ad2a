-- A venture's need for skilled people or trainers, posted as a demand of the venture's directory
-- record: venture_need_id names the need it stands for (one demand per need), changed and closed
-- with it.
alter table matching_demand add column venture_id bigint;
alter table matching_demand add column venture_need_id bigint;
create unique index matching_demand_venture_need on matching_demand (venture_need_id);
