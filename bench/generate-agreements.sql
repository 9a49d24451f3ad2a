-- 100,000 agreements of one alliance (the Yangtze Workshop of the demo data), written straight into
-- the database: two parties each from the demo organizations, one to three cooperation types,
-- statuses spread like a real alliance's, a report for each active year, and outputs.
\set ON_ERROR_STOP on
create temporary table bench_org as
  select row_number() over (order by id) - 1 as n, id, country from directory_organization;
create temporary table bench_alliance as
  select id from directory_alliance where name ->> 'en' = 'Yangtze Workshop';

insert into cooperation_agreement (title, summary, alliance_id, status, starts_on, ends_on, signed_on,
                                   signatories, demo, created_by, updated_at)
select jsonb_build_object('en', 'Benchmark agreement ' || g, 'zh', '基准协议 ' || g, 'ru', 'Соглашение ' || g),
       jsonb_build_object('en', 'Generated for the dashboard benchmark'),
       (select id from bench_alliance),
       (array['SIGNED','ACTIVE','ACTIVE','ACTIVE','COMPLETED','TERMINATED','DRAFT','NEGOTIATING'])[1 + g % 8],
       date '2016-01-01' + (g % 3000),
       date '2016-01-01' + (g % 3000) + 1460,
       date '2015-12-01' + (g % 3000),
       'Benchmark signatories', true, 'bench', now()
from generate_series(1, 100000) g;

insert into cooperation_party (agreement_id, position, organization_id, role, country)
select a.id, p.position, o.id, case when p.position = 0 then 'LEAD' else 'PARTNER' end, o.country
from cooperation_agreement a
cross join (values (0), (1)) p(position)
join bench_org o on o.n = (a.id * 7 + p.position * 13) % (select count(*) from bench_org)
where a.created_by = 'bench';

insert into cooperation_agreement_type (agreement_id, type)
select a.id, (array['CO_BUILT_MAJOR','CURRICULUM','TRAINING_BASE','TEACHER_DEVELOPMENT','JOINT_TRAINING',
                    'STUDY_TOUR','INTERNSHIP','RESEARCH','OTHER'])[1 + a.id % 9]
from cooperation_agreement a where a.created_by = 'bench'
union
select a.id, (array['CURRICULUM','TEACHER_DEVELOPMENT','JOINT_TRAINING'])[1 + a.id % 3]
from cooperation_agreement a where a.created_by = 'bench' and a.id % 2 = 0;

insert into cooperation_report (agreement_id, report_year, students_enrolled, graduates, teachers_trained,
                                courses_developed, standards_developed, study_tour_participants, demo,
                                submitted_by, submitted_at)
select a.id, y, (a.id + y) % 60, (a.id + y) % 20, (a.id + y) % 9, (a.id + y) % 3, (a.id + y) % 2,
       (a.id + y) % 15, true, 'bench', now()
from cooperation_agreement a
cross join generate_series(2016, 2025) y
where a.created_by = 'bench' and a.status in ('ACTIVE', 'COMPLETED')
  and y between extract(year from a.starts_on) and least(2025, extract(year from a.ends_on));

insert into cooperation_output (agreement_id, kind, title, output_year, recorded_by)
select a.id, (array['OCCUPATIONAL_STANDARD','COURSE_STANDARD','COURSE','TEXTBOOK','TRAINING_BASE','OTHER'])[1 + a.id % 6],
       jsonb_build_object('en', 'Output of ' || a.id), extract(year from a.signed_on)::int + 1, 'bench'
from cooperation_agreement a where a.created_by = 'bench' and a.id % 2 = 1;

analyze;
