-- N made-up responses to the demo youth survey (psql -v n=...), written straight into the table:
-- answers spread over its choice lists as a real survey's would be, marked as demo.
insert into surveys_response (survey_id, instance_id, answers, answers_hash, language, channel, country, age,
                              submitted_at, demo)
select s.id,
       'uuid:generated-' || g,
       jsonb_build_object(
           'country', c.country,
           'gender', (array['female', 'male', 'female', 'male', 'other'])[1 + g % 5],
           'status', (array['vet_student', 'vet_student', 'other_student', 'working', 'looking', 'other'])[1 + g % 6],
           'in_vet', case when g % 3 = 0 then 'no' else 'yes' end,
           'skills_wanted', (array['digital', 'languages technical', 'entrepreneurship', 'soft digital'])[1 + g % 4],
           'study_abroad', (array['yes', 'maybe', 'no'])[1 + (g / 7) % 3],
           'business_interest', (array['have_one', 'planning', 'interested', 'not_interested'])[1 + (g / 3) % 4],
           'support_useful', (1 + (g / 11) % 5)::text),
       md5(g::text) || md5(g::text),
       (array['zh', 'en', 'ru'])[1 + g % 3],
       case when g % 4 = 0 then 'public' else 'country-' || c.country end,
       c.country,
       14 + g % 16,
       now() - (g % 100000) * interval '1 minute',
       true
from generate_series(1, :n) g
join surveys_survey s on s.form_id = 'sco_youth_2026'
cross join lateral (select (array['CN', 'CN', 'CN', 'RU', 'RU', 'KZ', 'KZ', 'KG', 'TJ', 'UZ', 'UZ', 'IN', 'IN', 'PK', 'IR', 'BY'])[1 + (g * 7 + g / 16) % 16] as country) c;
analyze surveys_response;
