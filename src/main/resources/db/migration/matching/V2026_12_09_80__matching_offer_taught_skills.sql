-- The skills an offer teaches as matching reads them: those its college ticked, and the essential
-- skills of the ESCO occupations of the library standards and courses it teaches from, worked out
-- when the offer is saved. Null for offers saved before: their ticked skills count.
alter table matching_offer add column taught_skills ${json};
