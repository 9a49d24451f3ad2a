-- An agreement filed under an alliance by a party's editor waits for the alliance's secretariat:
-- until it is accepted it names the alliance only as proposed, and does not count in its numbers.
alter table cooperation_agreement add column proposed_alliance_id bigint;
create index cooperation_agreement_proposed on cooperation_agreement (proposed_alliance_id);
