-- The language of a registrant's badge and messages (BCP 47): the one they registered in by default.
alter table events_registration add column language varchar(35);
