-- :n published library resources (default 1,000,000) in mixed Chinese, English and Russian,
-- written straight into the database: a title and a summary in the resource's language (every
-- third one also has an English title), an owner among the demo organizations, one or two
-- countries, an ISCED-F field and an ISCO-08 occupation; 5% for members only.
--   psql -v n=1000000 -f bench/generate-resources.sql
\set ON_ERROR_STOP on
\if :{?n}
\else
  \set n 1000000
\endif
create temporary table bench_org as
  select row_number() over (order by id) - 1 as i, id from directory_organization;
create temporary table bench_alliance as
  select id from directory_alliance where name ->> 'en' = 'Yangtze Workshop';
create temporary table words (lang text, i int, word text);
insert into words
select 'zh', ordinality - 1, w from unnest(array['焊接','电气','机械','维修','汽车','新能源','数控','物流','电子商务','旅游',
  '护理','铁道','水电','建筑','会计','烹饪','农业','信息技术','智能制造','酒店','养老','光伏','港口','纺织']) with ordinality w
union all
select 'en', ordinality - 1, w from unnest(array['welding','electrical','mechanical','maintenance','vehicle','energy','machining',
  'logistics','commerce','tourism','nursing','railway','hydropower','construction','accounting','cooking','agriculture',
  'software','manufacturing','hotel','elderly','photovoltaic','port','textile']) with ordinality w
union all
select 'ru', ordinality - 1, w from unnest(array['сварка','электрика','механика','обслуживание','автомобиль','энергетика','станки',
  'логистика','торговля','туризм','уход','железная','гидроэнергетика','строительство','бухгалтерия','кулинария','агрономия',
  'программирование','производство','гостиница','пожилые','фотоэлектрика','порт','текстиль']) with ordinality w;

create temporary table bench_lang as
  select g, (array['zh','en','ru'])[1 + g % 3] as lang,
         (g * 7) % 24 as a, (g * 13 + 5) % 24 as b, (g * 17 + 11) % 24 as c
  from generate_series(1, :n) g;

insert into library_resource (kind, title, summary, content_language, alliance_id, education_level,
                              duration_hours, licence, visibility, status, submitted_by, submitted_at,
                              reviewed_by, published_at, downloads, demo, updated_at)
select (array['OCCUPATIONAL_STANDARD','COURSE_STANDARD','COURSE','SHORT_COURSE_PACKAGE','CURRICULUM','TEXTBOOK',
              'GOOD_PRACTICE','REPORT'])[1 + l.g % 8],
       case when l.g % 3 = 0 and l.lang <> 'en'
            then jsonb_build_object(l.lang, wa.word || ' ' || wb.word || ' ' || l.g, 'en', ea.word || ' ' || eb.word || ' ' || l.g)
            else jsonb_build_object(l.lang, wa.word || ' ' || wb.word || ' ' || l.g) end,
       jsonb_build_object(l.lang, wa.word || ' ' || wc.word || ' ' || wb.word || ' ' || wa.word || ' ' || wc.word),
       l.lang,
       (select id from bench_alliance),
       (3 + l.g % 4)::text,
       8 * (1 + l.g % 20),
       (array['CC_BY','CC_BY_SA','CC_BY_NC','CC0'])[1 + l.g % 4],
       case when l.g % 20 = 0 then 'MEMBERS' else 'PUBLIC' end,
       'PUBLISHED', 'bench', now(), 'bench', now(), l.g % 97, true, now()
from bench_lang l
join words wa on wa.lang = l.lang and wa.i = l.a
join words wb on wb.lang = l.lang and wb.i = l.b
join words wc on wc.lang = l.lang and wc.i = l.c
join words ea on ea.lang = 'en' and ea.i = l.a
join words eb on eb.lang = 'en' and eb.i = l.b
order by l.g;

insert into library_resource_owner (resource_id, organization_id)
select r.id, o.id from library_resource r
join bench_org o on o.i = r.id % (select count(*) from bench_org)
where r.submitted_by = 'bench';

insert into library_resource_country (resource_id, code)
select r.id, (array['CN','KZ','LA','TH','MY','ID','KG','UZ','RU','VN'])[1 + r.id % 10]
from library_resource r where r.submitted_by = 'bench';

insert into library_resource_field (resource_id, code)
select r.id, (array['0713','0715','0716','0714','0416','1013','0612','1015'])[1 + r.id % 8]
from library_resource r where r.submitted_by = 'bench';

insert into library_resource_occupation (resource_id, code)
select r.id, (array['7212','3131','7231','7421','3322','5120','2512','4321'])[1 + r.id % 8]
from library_resource r where r.submitted_by = 'bench';

-- fresh planner statistics, as autovacuum would have them on a database that grew over time
analyze;
