-- :n published observations (default 10,000,000) for the observatory benchmark, written straight
-- into the database beside the demo data: synthetic indicators BENCH.0001 … (each broken down by sex,
-- age group and urban/rural: 45 combinations, the total included) for every country the demo
-- indicators are collected for, over the 20 years 2005–2024, in each country's first release.
--   psql -v n=10000000 -f bench/generate-observations.sql
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 10000000
\endif
create temporary table bench_country as
  select distinct country from observatory_release where number = 1;
create temporary table bench_breakdown (key varchar(200));
insert into bench_breakdown
select concat_ws('|', case when a is null then null else 'age=' || a end,
                      case when l is null then null else 'location=' || l end,
                      case when s is null then null else 'sex=' || s end)
from unnest(array[null, 'Y15T19', 'Y20T24', 'Y25T29', 'Y_GE30']) a,
     unnest(array[null, 'U', 'R']) l,
     unnest(array[null, 'F', 'M']) s;
select ceil(:n::numeric / ((select count(*) from bench_country) * 20 * 45))::int as indicators \gset

insert into observatory_indicator (code, name, definition, unit, decimals, min_value, max_value, source,
                                   max_combinations, demo, updated_at)
select 'BENCH.' || lpad(g::text, 4, '0'),
       jsonb_build_object('en', 'Benchmark indicator ' || g, 'zh', '基准指标 ' || g, 'ru', 'Тестовый показатель ' || g),
       jsonb_build_object('en', 'Generated for the benchmark.'), jsonb_build_object('en', 'persons'),
       0, 0, null, jsonb_build_object('en', 'bench'), 100, true, now()
from generate_series(1, :indicators) g;
insert into observatory_indicator_dimension (indicator_id, dimension_code)
select i.id, d from observatory_indicator i, unnest(array['sex', 'age', 'location']) d where i.code like 'BENCH.%';
insert into observatory_indicator_group (indicator_id, group_code)
select i.id, g from observatory_indicator i, unnest(array['sco-family', 'asean']) g where i.code like 'BENCH.%';

insert into observatory_observation (indicator_id, country, period, breakdown, obs_value, flags, confidential,
                                     note, release_number, replaced_in)
select i.id, c.country, y, b.key, (i.id * 7 + y * 13 + length(b.key) * 101) % 100000, '', false, null, 1, null
from observatory_indicator i
cross join bench_country c
cross join generate_series(2005, 2024) y
cross join bench_breakdown b
where i.code like 'BENCH.%';

-- fresh planner statistics, as autovacuum would have them on a database that grew over time
analyze;
select count(*) as observations from observatory_observation;
