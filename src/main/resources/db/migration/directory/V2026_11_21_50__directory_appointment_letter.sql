-- The signed appointment letter of a think-tank appointment, as a stored PDF.
alter table directory_appointment add column letter_key varchar(64);
alter table directory_appointment add column letter_name varchar(200);
