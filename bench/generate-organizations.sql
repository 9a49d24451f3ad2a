-- 100,000 organizations with names in Chinese, English and Russian (some also Kazakh, Thai or
-- Lao), spread over SCO and ASEAN countries, kinds and ISCED-F fields. Run after the schema exists.
\set ON_ERROR_STOP on
begin;
with words as (
    select array['机械', '电气', '汽车', '护理', '旅游', '财经', '信息', '铁道', '农业', '建筑'] as zh,
           array['Mechanical', 'Electrical', 'Automotive', 'Nursing', 'Tourism', 'Finance', 'Information', 'Railway', 'Agricultural', 'Construction'] as en,
           array['машиностроения', 'электротехники', 'автомобильного транспорта', 'сестринского дела', 'туризма', 'финансов', 'информатики', 'железнодорожного транспорта', 'сельского хозяйства', 'строительства'] as ru,
           array['CN', 'RU', 'KZ', 'KG', 'TJ', 'UZ', 'IN', 'PK', 'IR', 'BY', 'MN', 'LA', 'TH', 'VN', 'MY', 'ID', 'KH', 'MM', 'PH', 'SG'] as countries,
           array['VOCATIONAL_COLLEGE', 'VOCATIONAL_COLLEGE', 'VOCATIONAL_COLLEGE', 'UNIVERSITY', 'ENTERPRISE', 'ENTERPRISE', 'ASSOCIATION', 'GOVERNMENT_BODY', 'RESEARCH_INSTITUTE', 'OTHER'] as kinds,
           array['0715', '0713', '0716', '0913', '1015', '0412', '0613', '1041', '0811', '0732'] as fields
)
insert into directory_organization (kind, name, country, city, description, status, updated_at, version)
select w.kinds[1 + i % 10],
       jsonb_build_object(
           'zh', w.zh[1 + i % 10] || '职业技术学院第' || i || '分院',
           'en', w.en[1 + i % 10] || ' Vocational College No. ' || i,
           'ru', 'Колледж ' || w.ru[1 + i % 10] || ' № ' || i)
         || case i % 7 when 0 then jsonb_build_object('kk', 'Кәсіптік колледж № ' || i)
                       when 1 then jsonb_build_object('th', 'วิทยาลัยอาชีวศึกษา ' || i)
                       when 2 then jsonb_build_object('lo', 'ວິທະຍາໄລເຕັກນິກ ' || i)
                       else '{}'::jsonb end,
       w.countries[1 + i % 20],
       jsonb_build_object('en', 'City ' || (i % 500)),
       jsonb_build_object('en', 'Trains technicians in ' || lower(w.en[1 + (i / 10) % 10]) || ' and cooperates with enterprises.',
                          'zh', '培养' || w.zh[1 + (i / 10) % 10] || '专业技术技能人才，开展校企合作与职业教育国际交流。'),
       'ACTIVE', now(), 0
from generate_series(1, 100000) as i, words w;

insert into directory_organization_field (organization_id, code)
select o.id, (array['0715', '0713', '0716', '0913', '1015', '0412', '0613', '1041', '0811', '0732'])[1 + o.id % 10]
from directory_organization o
where not exists (select 1 from directory_organization_field f where f.organization_id = o.id);
commit;
select count(*) as organizations from directory_organization;
