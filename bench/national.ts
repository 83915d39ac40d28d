/**
 * The national-scale data set the case and response benchmarks share, built once in its own PostgreSQL
 * database (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/qorgau_bench) and kept: a marker
 * table, `bench_dataset`, records which stages are there, so a second run goes straight to the measuring.
 *
 *   core      1,000,000 persons, 300,000 cases over the 20 regions (one district each), their owners,
 *             assignees, referrals and transfers, 3,000,000 tasks, 1,200,000 notes, the concerns, and the
 *             case history in the audit log (a hash chain continued from the demo's last event).
 *   response  protocol actions (4 per case: some done late, some overdue) with the organisations they make
 *             participants, KDN hearings with decided agenda items and the tasks the decisions make.
 *
 * Schema from the server's own migrations (openContext migrates), the territory, demo organisations, accounts
 * and the 36 demo cases through the seeds; everything else with set-based SQL (INSERT … SELECT
 * generate_series), the demo cases serving as templates for the JSON columns. Only the audit events are made
 * in the process, because their hashes are the server's own `hashAuditRow`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { searchKeys } from '@qorgau/domain/person/index';
import { KDN_DECISION_TYPES, kdnDecisionTasks } from '@qorgau/domain/protocol/index';
import pg from 'pg';
import { loadConfig } from '../server/src/config.ts';
import { GENESIS_HASH, hashAuditRow } from '../server/src/platform/audit/audit.ts';
import { systemClock } from '../server/src/platform/context.ts';
import { createLogger, openContext } from '../server/src/platform/runtime.ts';
import { seedDemo } from '../server/src/seed/demo.ts';
import { seedDemoCases } from '../server/src/seed/demo-cases.ts';
import { seedTerritory } from '../server/src/seed/territory.ts';

export const PERSONS = Number(process.env.BENCH_PERSONS ?? 1_000_000);
export const CASES = Number(process.env.BENCH_CASES ?? 300_000);
export const TASKS_PER_CASE = 10;
export const NOTES_PER_CASE = 4;
export const SCHOOLS_PER_DISTRICT = 30;
export const TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const AUDIT_LOCK_KEY = 7_271_720_260;
/** The bench's cases are numbered from 100001 in their year; the demo's (and any registered later) below. */
const BENCH_CASES = `(substr(c.number, 9, 1) <> '0')`;

export const log = (message: string) => process.stdout.write(`${message}\n`);

export { percentile } from './load.ts';

export function benchUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/qorgau_bench';
}

/** Creates the bench database when it is missing (never touches any other). */
async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unexpected database name ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const found = await client.query('select 1 from pg_database where datname = $1', [name]);
  if (found.rowCount === 0) await client.query(`create database ${name}`);
  await client.end();
}

/** Opens the app context on the bench database (migrated), with the demo seeded. */
export async function openBench() {
  const url = benchUrl();
  await ensureDatabase(url);
  const dataDir = mkdtempSync(join(tmpdir(), 'qorgau-bench-'));
  const config = loadConfig({
    DATABASE_URL: url,
    DATA_DIR: dataDir,
    DEMO_TOTP_SECRET: TOTP_SECRET,
    SECRET_KEY: 'cd'.repeat(32),
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'silent',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
  });
  const { ctx, database } = await openContext(config, {
    log: createLogger(config.LOG_LEVEL),
    clock: systemClock,
  });
  await seedTerritory(ctx.db);
  await seedDemo(ctx);
  await seedDemoCases(ctx);
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return { ctx, database, pool, dataDir, url };
}

async function timed(pool: pg.Pool, label: string, text: string, params: unknown[] = []): Promise<void> {
  const started = performance.now();
  const result = await pool.query(text, params);
  log(`  ${label}: ${result.rowCount ?? 0} rows (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

export async function stageBuilt(pool: pg.Pool, stage: string): Promise<boolean> {
  await pool.query(
    'create table if not exists bench_dataset (stage text primary key, built_at timestamptz not null, details jsonb)',
  );
  const { rowCount } = await pool.query('select 1 from bench_dataset where stage = $1', [stage]);
  return (rowCount ?? 0) > 0;
}

// Names as people write them; the search keys come from the domain, as registration stores them.
const SURNAMES: [string, string][] = [
  ['Ахметов', 'Ахметова'],
  ['Омаров', 'Омарова'],
  ['Сейітов', 'Сейітова'],
  ['Жұмабаев', 'Жұмабаева'],
  ['Нұрланов', 'Нұрланова'],
  ['Серікбаев', 'Серікбаева'],
  ['Қасымов', 'Қасымова'],
  ['Исаев', 'Исаева'],
  ['Тоқтаров', 'Тоқтарова'],
  ['Бекмуханов', 'Бекмуханова'],
  ['Оспанов', 'Оспанова'],
  ['Әбенов', 'Әбенова'],
  ['Байжанов', 'Байжанова'],
  ['Төлеуов', 'Төлеуова'],
  ['Жақыпов', 'Жақыпова'],
  ['Мусин', 'Мусина'],
  ['Абдрахманов', 'Абдрахманова'],
  ['Сулейменов', 'Сулейменова'],
  ['Ержанов', 'Ержанова'],
  ['Қайратов', 'Қайратова'],
  ['Иванов', 'Иванова'],
  ['Смирнов', 'Смирнова'],
  ['Ковальчук', 'Ковальчук'],
  ['Павлов', 'Павлова'],
  ['Белов', 'Белова'],
  ['Ким', 'Ким'],
  ['Пак', 'Пак'],
  ['Ли', 'Ли'],
  ['Цой', 'Цой'],
  ['Шевченко', 'Шевченко'],
  ['Кузнецов', 'Кузнецова'],
  ['Попов', 'Попова'],
  ['Васильев', 'Васильева'],
  ['Новиков', 'Новикова'],
  ['Морозов', 'Морозова'],
  ['Есенов', 'Есенова'],
  ['Дәулетов', 'Дәулетова'],
  ['Мұхамеджанов', 'Мұхамеджанова'],
  ['Рахимов', 'Рахимова'],
  ['Нұрпейісов', 'Нұрпейісова'],
  ['Жанұзақов', 'Жанұзақова'],
  ['Бейсенов', 'Бейсенова'],
  ['Сарсенбаев', 'Сарсенбаева'],
  ['Тұрсынов', 'Тұрсынова'],
  ['Алиев', 'Алиева'],
  ['Гусейнов', 'Гусейнова'],
  ['Юсупов', 'Юсупова'],
  ['Хасенов', 'Хасенова'],
  ['Мамыров', 'Мамырова'],
  ['Ибраев', 'Ибраева'],
];
const GIVEN: [string, 'male' | 'female'][] = [
  ['Нұрсұлтан', 'male'],
  ['Алмас', 'male'],
  ['Ерлан', 'male'],
  ['Асқар', 'male'],
  ['Тимур', 'male'],
  ['Дамир', 'male'],
  ['Арман', 'male'],
  ['Ислам', 'male'],
  ['Әли', 'male'],
  ['Нұрбол', 'male'],
  ['Санжар', 'male'],
  ['Бауыржан', 'male'],
  ['Мирас', 'male'],
  ['Ернар', 'male'],
  ['Алихан', 'male'],
  ['Дмитрий', 'male'],
  ['Сергей', 'male'],
  ['Александр', 'male'],
  ['Максим', 'male'],
  ['Артём', 'male'],
  ['Айгерім', 'female'],
  ['Жанар', 'female'],
  ['Мөлдір', 'female'],
  ['Динара', 'female'],
  ['Сәуле', 'female'],
  ['Аружан', 'female'],
  ['Томирис', 'female'],
  ['Аяулым', 'female'],
  ['Ләззат', 'female'],
  ['Гүлнар', 'female'],
  ['Камила', 'female'],
  ['Амина', 'female'],
  ['Жасмин', 'female'],
  ['Айша', 'female'],
  ['Дана', 'female'],
  ['Елена', 'female'],
  ['Анна', 'female'],
  ['Мария', 'female'],
  ['Ирина', 'female'],
  ['Софья', 'female'],
];

/** The 20 regions in force, each with one district: the demo's where it has one, else its first. */
const REGIONS_SQL = `
  create table bench_regions as
  with r as (
    select code as region_code, row_number() over (order by code) - 1 as r
      from territories where level = 1 and valid_to is null
  )
  select r.r::int as r, r.region_code,
         coalesce((select o.district_code from organisations o
                    where o.code like 'school-%' and o.region_code = r.region_code limit 1),
                  (select t.code from territories t
                    where t.parent_code = r.region_code and t.level = 2 and t.valid_to is null
                    order by t.code limit 1)) as district_code
    from r`;

async function buildCore(ctx: Awaited<ReturnType<typeof openBench>>['ctx'], pool: pg.Pool): Promise<void> {
  const started = performance.now();
  log(`building the core data set (${PERSONS} persons, ${CASES} cases) …`);
  await pool.query(`drop table if exists bench_regions, bench_orgs, bench_surnames, bench_given, bench_tpl`);
  // Deterministic ids that are valid version-4 UUIDs (the API's schemas check the version and variant).
  await pool.query(`create or replace function bench_uuid(text) returns uuid language sql immutable as $$
    select (substr(md5($1), 1, 12) || '4' || substr(md5($1), 14, 3) || '8' || substr(md5($1), 18))::uuid $$`);
  // A deterministic draw in 0..999999, so that choices do not follow the region (which is g % 20).
  await pool.query(`create or replace function bench_rand(text) returns int language sql immutable as $$
    select ((hashtext($1)::bigint + 2147483648) % 1000000)::int $$`);
  await timed(pool, 'regions', REGIONS_SQL);

  // Organisations: the demo ones where they exist, the same kinds made for the other 17 regions, and
  // 30 schools in every district.
  await timed(
    pool,
    'organisations',
    `insert into organisations (id, code, type, agency, level, name_kk, name_ru, name_en, territory_code,
                                region_code, district_code, parent_id, created_at, updated_at)
     select bench_uuid('org:' || k.code), k.code, k.type, k.agency, k.level,
            k.label || ' ' || k.place, k.label || ' ' || k.place, k.label || ' ' || k.place,
            k.territory, k.region_code, k.district_code, null, now(), now()
       from (
         select br.region_code, x.*,
                case when x.at_region then br.region_code else br.district_code end as territory,
                case when x.at_region and x.type <> 'psychological_support_centre' then null else br.district_code end as district_code,
                case when x.at_region then br.region_code else br.district_code end as place,
                x.prefix || '-' || case when x.at_region then br.region_code else br.district_code end as code
           from bench_regions br
           cross join (values
             ('edu', 'education_department', 'education', 'region', true, 'Управление образования'),
             ('edu', 'education_department', 'education', 'district', false, 'Отдел образования'),
             ('police', 'police_unit', 'interior', 'district', false, 'Ювенальная полиция'),
             ('clinic', 'health_facility', 'health', 'local', false, 'Поликлиника'),
             ('social', 'social_protection_department', 'labour', 'district', false, 'Отдел занятости и социальных программ'),
             ('psc', 'psychological_support_centre', 'education', 'region', true, 'Центр психологической поддержки'),
             ('kdn', 'kdn', 'local_government', 'region', true, 'КДН'),
             ('callcentre', 'call_centre', 'information', 'region', true, 'Контакт-центр 111')
           ) as x(prefix, type, agency, level, at_region, label)
         union all
         select br.region_code, 'school', 'school', 'education', 'local', false, 'Школа № ' || n,
                br.district_code, br.district_code, br.district_code,
                'school-' || br.district_code || '-' || n
           from bench_regions br cross join generate_series(1, ${SCHOOLS_PER_DISTRICT}) n
       ) k
      where not exists (select 1 from organisations o where o.code = k.code)`,
  );
  // Each organisation's worker: the first demo account there, or one made for the bench.
  await timed(
    pool,
    'bench accounts',
    `with o as (
       select o.id, o.code, o.type from organisations o
        where o.region_code in (select region_code from bench_regions)
          and not exists (select 1 from users u where u.organisation_id = o.id)
     ), template as (select password_hash from users where username = 'psychologist')
     insert into users (id, username, full_name, organisation_id, locale, password_hash, password_changed_at,
                        active, created_at, updated_at)
     select bench_uuid('user:' || o.code), 'bench-' || o.code, 'Сотрудник ' || o.code, o.id, 'ru',
            (select password_hash from template), now(), true, now(), now()
       from o`,
  );
  await timed(
    pool,
    'bench roles',
    `insert into user_roles (user_id, role)
     select u.id, case o.type when 'school' then 'school_psychologist' when 'police_unit' then 'juvenile_inspector'
                   when 'health_facility' then 'health_worker' when 'social_protection_department' then 'social_worker'
                   when 'psychological_support_centre' then 'case_manager' when 'kdn' then 'kdn_secretary'
                   when 'call_centre' then 'helpline_operator' else 'supervisor' end
       from users u join organisations o on o.id = u.organisation_id
      where u.username like 'bench-%'
     on conflict do nothing`,
  );
  // The organisations that own and receive cases, numbered per district and kind.
  await timed(
    pool,
    'bench_orgs',
    `create table bench_orgs as
     select br.r, o.type as kind, o.id as org_id,
            (select u.id from users u where u.organisation_id = o.id order by u.username limit 1) as user_id,
            (row_number() over (partition by br.r, o.type order by o.code) - 1)::int as n
       from bench_regions br
       join organisations o on o.district_code = br.district_code
      where o.type in ('school', 'police_unit', 'health_facility', 'social_protection_department',
                       'psychological_support_centre')
     union all
     select br.r, o.type, o.id, (select u.id from users u where u.organisation_id = o.id order by u.username limit 1), 0
       from bench_regions br join organisations o on o.code = 'callcentre-' || br.region_code`,
  );
  await pool.query('create index on bench_orgs (r, kind, n)');

  // Names and their keys.
  await pool.query(
    'create table bench_surnames (i int primary key, male text, female text, key_m text, code_m text, key_f text, code_f text)',
  );
  await pool.query(
    'create table bench_given (i int primary key, name text, sex text, key text, code text, patronymic text)',
  );
  for (const [i, [male, female]] of SURNAMES.entries()) {
    const m = searchKeys({ surname: male, name: 'Ерлан' });
    const f = searchKeys({ surname: female, name: 'Ерлан' });
    await pool.query('insert into bench_surnames values ($1, $2, $3, $4, $5, $6, $7)', [
      i,
      male,
      female,
      m.surnameKey,
      m.surnameCode,
      f.surnameKey,
      f.surnameCode,
    ]);
  }
  for (const [i, [name, sex]] of GIVEN.entries()) {
    const k = searchKeys({ surname: 'Ахметов', name });
    const father = GIVEN[i % 20]?.[0] ?? 'Ерлан';
    await pool.query('insert into bench_given values ($1, $2, $3, $4, $5, $6)', [
      i,
      name,
      sex,
      k.nameKey,
      k.nameCode,
      sex === 'male' ? `${father}ович` : `${father}овна`,
    ]);
  }

  // Persons: 1,000,000 children in the 20 districts (region r = g % 20); 4 in 5 with an IIN.
  await timed(
    pool,
    'persons',
    `insert into persons (id, iin, surname, given_name, patronymic, written_in, birth_date, sex, record, warnings,
                          surname_key, given_name_key, surname_code, given_name_code, address_kato,
                          created_at, updated_at)
     select bench_uuid('p' || g),
            case when bench_rand('iin' || g) % 5 <> 0 then to_char(b.birth, 'YYMMDD') || lpad((g % 1000000)::text, 6, '0') end,
            case when n.sex = 'male' then s.male else s.female end, n.name, n.patronymic, 'kk', b.birth, n.sex,
            jsonb_build_object('address', jsonb_build_object('line', 'ул. Абая, ' || (g % 200 + 1), 'katoCode', br.district_code)),
            '[]'::jsonb,
            case when n.sex = 'male' then s.key_m else s.key_f end, n.key,
            case when n.sex = 'male' then s.code_m else s.code_f end, n.code,
            br.district_code, now() - interval '1 day', now() - interval '1 day'
       from generate_series(1::bigint, ${PERSONS}) g
       cross join lateral (select date '2008-01-01' + ((g * 7919) % 6200)::int as birth) b
       join bench_surnames s on s.i = bench_rand('sn' || g) % ${SURNAMES.length}
       join bench_given n on n.i = bench_rand('gn' || g) % ${GIVEN.length}
       join bench_regions br on br.r = g % 20`,
  );

  // Case templates: the demo cases (closed and open), their JSON as registration and the workflow made it.
  await timed(
    pool,
    'templates',
    `create table bench_tpl as
     select (row_number() over (partition by status = 'closed' order by number) - 1)::int as i,
            status = 'closed' as closed, source, reporter, concerns, incident, risk_level, risk_reason, stage,
            status, workflow, consent,
            response_due_at - triaged_at as response_in,
            first_contact_at - triaged_at as contact_in,
            closed_at - triaged_at as closed_in
       from cases c where not ${BENCH_CASES}`,
  );

  // Cases: 300,000 over 2020-2026 (newest last), 9 in 10 a different child; older ones mostly closed.
  // Owners: schools half, police a quarter, then social protection, health, psychological centre, 111.
  await timed(
    pool,
    'cases',
    `with g as (
       select g, case when g <= ${Math.floor(CASES * 0.9)} then g else (g * 7919) % ${Math.floor(CASES * 0.9)} + 1 end as p,
              timestamptz '2020-01-01 04:00:00+00'
                + ((now() - timestamptz '2020-01-15 00:00:00+00') * g / ${CASES})
                + ((g * 104729) % 86400) * interval '1 second' as at,
              bench_rand('owner' || g) % 100 as h
         from generate_series(1::bigint, ${CASES}) g
     ), c as (
       select g.*, g.p % 20 as r,
              case when g.h < 50 then 'school' when g.h < 75 then 'police_unit'
                   when g.h < 85 then 'social_protection_department' when g.h < 90 then 'health_facility'
                   when g.h < 95 then 'psychological_support_centre' else 'call_centre' end as kind,
              (g.at < now() - interval '120 days' and bench_rand('open' || g.g) % 10 <> 0) as closed
         from g
     )
     insert into cases (id, number, child_id, owner_organisation_id, owner_user_id, district_code, region_code,
                        source, reporter, reported_at, concerns, incident, risk_level, risk_reason, triaged_at,
                        response_due_at, first_contact_at, stage, status, workflow, consent, closed_at,
                        created_at, created_by, updated_at, updated_by)
     select bench_uuid('c' || c.g), 'QG-' || extract(year from c.at)::int || '-' || lpad((100000 + c.g)::text, 6, '0'),
            bench_uuid('p' || c.p), o.org_id, o.user_id, br.district_code, br.region_code,
            t.source, t.reporter, c.at - interval '2 hours', t.concerns,
            jsonb_set(t.incident, '{katoCode}', to_jsonb(br.district_code)), t.risk_level, t.risk_reason, c.at,
            c.at + t.response_in, c.at + coalesce(t.contact_in, interval '20 hours'),
            t.stage, t.status, t.workflow, t.consent,
            case when t.closed then c.at + interval '100 days' end,
            c.at, o.user_id,
            least(now() - interval '1 minute', c.at + ((c.g * 13) % 110) * interval '1 day'), o.user_id
       from c
       join bench_regions br on br.r = c.r
       join bench_orgs o on o.r = c.r and o.kind = c.kind
                         and o.n = case when c.kind = 'school' then bench_rand('school' || c.g) % ${SCHOOLS_PER_DISTRICT} else 0 end
       join (select closed, count(*)::int as n from bench_tpl group by 1) tc on tc.closed = c.closed
       join bench_tpl t on t.closed = c.closed and t.i = bench_rand('tpl' || c.g) % tc.n`,
  );
  await timed(
    pool,
    'case numbers',
    `insert into case_numbers (year, last)
     select substr(number, 4, 4)::int, max(substr(number, 9)::int) from cases group by 1
     on conflict (year) do update set last = greatest(case_numbers.last, excluded.last)`,
  );
  await timed(
    pool,
    'concerns',
    `insert into case_concerns (case_id, concern, recorded_at, recorded_by)
     select c.id, x.concern, c.triaged_at, c.created_by from cases c cross join unnest(c.concerns) x(concern)
      where ${BENCH_CASES}
     on conflict do nothing`,
  );
  const benchCases = BENCH_CASES;
  await timed(
    pool,
    'assignees',
    `insert into case_assignees (case_id, user_id, assigned_by, assigned_at)
     select c.id, c.owner_user_id, c.owner_user_id, c.triaged_at from cases c
      where ${benchCases} and c.owner_user_id is not null`,
  );
  // Referrals: 2 cases in 5, from the owner to another organisation of the district; on open cases a
  // quarter still pending and half accepted, on closed ones completed (or declined, cancelled).
  await timed(
    pool,
    'referrals',
    `with tpl as (select distinct on (status) status, state from referrals order by status, created_at),
     c as (
       select c.*, substr(c.number, 9)::int - 100000 as g, br.r
         from cases c join bench_regions br on br.region_code = c.region_code
        where ${benchCases} and bench_rand('ref' || c.number) % 5 in (0, 1)
     ), x as (
       select c.*, o.org_id as to_org,
              case when c.status <> 'closed' then (array['pending','accepted','accepted','completed'])[1 + bench_rand('rs' || c.g) % 4]
                   else (array['completed','completed','completed','completed','completed','completed','completed','completed','declined','cancelled'])[1 + bench_rand('rs' || c.g) % 10] end as rstatus
         from c
         join organisations owner on owner.id = c.owner_organisation_id
         join bench_orgs o on o.r = c.r and o.n = case when o.kind = 'school' then bench_rand('rto' || c.g) % ${SCHOOLS_PER_DISTRICT} else 0 end
                          and o.kind = case when owner.type = 'school'
                                              then (array['police_unit','social_protection_department','psychological_support_centre','health_facility'])[1 + bench_rand('rkind' || c.g) % 4]
                                            else 'school' end
     )
     insert into referrals (id, case_id, from_organisation_id, to_organisation_id, state, status, answer_due_at,
                            result_due_at, created_by, created_at, updated_at)
     select bench_uuid('ref' || x.id), x.id, x.owner_organisation_id, x.to_org,
            tpl.state || jsonb_build_object('id', bench_uuid('ref' || x.id), 'caseId', x.id, 'status', x.rstatus),
            x.rstatus, x.triaged_at + interval '5 days', x.triaged_at + interval '30 days', x.owner_user_id,
            x.triaged_at + interval '1 day', x.updated_at
       from x join tpl on tpl.status = x.rstatus`,
  );
  await timed(
    pool,
    'transfers',
    `with tpl as (select distinct on (status) status, state from transfers order by status, created_at),
     c as (
       select c.*, substr(c.number, 9)::int - 100000 as g, br.r
         from cases c join bench_regions br on br.region_code = c.region_code
        where ${benchCases} and bench_rand('tr' || c.number) % 100 = 7
     )
     insert into transfers (id, case_id, from_organisation_id, to_organisation_id, state, status, created_by,
                            created_at, updated_at)
     select bench_uuid('tr' || c.id), c.id, c.owner_organisation_id, o.org_id,
            tpl.state || jsonb_build_object('id', bench_uuid('tr' || c.id), 'caseId', c.id),
            tpl.status, c.owner_user_id, c.triaged_at + interval '3 days', c.updated_at
       from c
       join bench_orgs o on o.r = c.r and o.kind = 'school' and o.n = bench_rand('trto' || c.g) % ${SCHOOLS_PER_DISTRICT}
       join tpl on tpl.status = case when c.status = 'closed' then 'accepted' else 'pending' end
      where o.org_id <> c.owner_organisation_id`,
  );
  // Tasks: 10 a case every 3 days from triage; on closed cases all done (1 in 8 late); on open ones those
  // past due mostly done, 1 in 5 left overdue. Half to the owner, half to the organisation.
  await timed(
    pool,
    'tasks',
    `insert into case_tasks (id, case_id, title, kind, due_at, assignee_user_id, assignee_organisation_id,
                             done_at, done_by, result, created_by, created_at)
     select gen_random_uuid(), c.id, (array['Үйге бару','Психологиялық кеңес','Ата-анамен әңгіме','Мектеппен байланыс',
              'Медициналық тексеру','Әлеуметтік көмек','Құқықтық кеңес','Мониторинг','Қайта бағалау','Есеп'])[k],
            null, due, case when k % 2 = 1 then c.owner_user_id end, c.owner_organisation_id,
            case when c.status = 'closed' or (due < now() and (h % 5) <> 0)
                 then due - interval '1 day' + case when h % 8 = 0 then interval '3 days' else interval '0' end end,
            case when c.status = 'closed' or (due < now() and (h % 5) <> 0) then c.owner_user_id end,
            case when c.status = 'closed' or (due < now() and (h % 5) <> 0) then 'Орындалды' end,
            c.owner_user_id, c.triaged_at
       from cases c
       cross join generate_series(1, ${TASKS_PER_CASE}) k
       cross join lateral (select c.triaged_at + k * interval '3 days' as due,
                                  bench_rand(c.number || ':' || k) as h) x
      where ${benchCases}`,
  );
  await timed(
    pool,
    'notes',
    `insert into case_notes (id, case_id, text, author_id, created_at)
     select gen_random_uuid(), c.id,
            (array['Баламен сөйлестім, жағдайы тұрақты.','Анасы кездесуге келді, жоспар талқыланды.',
                   'Сынып жетекшісімен байланыс орнатылды.','Отбасына үйге бару жоспарланды.'])[k],
            c.owner_user_id, c.triaged_at + k * interval '2 days'
       from cases c cross join generate_series(1, ${NOTES_PER_CASE}) k
      where ${benchCases}`,
  );
  await writeCaseHistory(pool);
  log('  analyze …');
  await pool.query('analyze');
  await pool.query(
    `insert into bench_dataset values ('core', now(), $1) on conflict (stage) do update set built_at = now(), details = excluded.details`,
    [JSON.stringify({ persons: PERSONS, cases: CASES })],
  );
  log(`core data set built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  void ctx;
}

/**
 * The case history as the services would have written it — person.created, case.registered, case.assigned,
 * one case.note_added per case — appended to the audit chain under the audit lock, hashed by the server's
 * own function, so `verifyAuditChain` still holds.
 */
export async function writeCaseHistory(pool: pg.Pool): Promise<void> {
  const started = performance.now();
  const client = await pool.connect();
  let written = 0;
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
    const last = await client.query<{ id: string; hash: string }>(
      'select id, hash from audit_events order by id desc limit 1',
    );
    let id = Number(last.rows[0]?.id ?? 0);
    let prev = last.rows[0]?.hash ?? GENESIS_HASH;
    // What each case's history needs, set-based first: a cursor with per-row subqueries is far slower.
    await client.query(`create temporary table bench_history_src on commit drop as
      select c.id, c.number, c.child_id, c.region_code, c.concerns, c.risk_level, c.source, c.triaged_at,
             c.owner_user_id, u.username, c.owner_organisation_id, n.note_id,
             row_number() over (partition by c.child_id order by c.number) > 1 as known
        from cases c
        join users u on u.id = c.owner_user_id
        left join (select distinct on (case_id) case_id, id::text as note_id from case_notes
                    order by case_id, created_at, id) n on n.case_id = c.id
       where ${BENCH_CASES}`);
    const cursorName = 'bench_history';
    await client.query(
      `declare ${cursorName} no scroll cursor for select * from bench_history_src order by substr(number, 9)`,
    );
    const columns = [
      'id',
      'at',
      'action',
      'outcome',
      'actor_user_id',
      'actor_username',
      'actor_organisation_id',
      'actor_region_code',
      'object_type',
      'object_id',
      'object_region_code',
      'details',
      'prev_hash',
      'hash',
    ];
    for (;;) {
      const { rows } = await client.query(`fetch 5000 from ${cursorName}`);
      if (rows.length === 0) break;
      const batch: unknown[][] = columns.map(() => []);
      const push = (
        at: Date,
        action: string,
        r: Record<string, unknown>,
        objectType: string,
        objectId: string,
        details: Record<string, unknown> | null,
      ) => {
        id += 1;
        const row = {
          id,
          at: new Date(Math.floor(at.getTime())),
          action,
          outcome: 'success' as const,
          actorUserId: r.owner_user_id as string,
          actorUsername: r.username as string,
          actorOrganisationId: r.owner_organisation_id as string,
          actorRegionCode: r.region_code as string,
          ip: null,
          userAgent: null,
          requestId: null,
          objectType,
          objectId,
          objectRegionCode: r.region_code as string,
          changes: null,
          details,
          prevHash: prev,
        };
        const hash = hashAuditRow(row);
        prev = hash;
        const values = [
          row.id,
          row.at.toISOString(),
          action,
          'success',
          row.actorUserId,
          row.actorUsername,
          row.actorOrganisationId,
          row.actorRegionCode,
          objectType,
          objectId,
          row.objectRegionCode,
          details === null ? null : JSON.stringify(details),
          row.prevHash,
          hash,
        ];
        values.forEach((v, i) => {
          (batch[i] as unknown[]).push(v);
        });
      };
      for (const r of rows) {
        const at = r.triaged_at as Date;
        if (!r.known) push(at, 'person.created', r, 'person', r.child_id as string, null);
        push(at, 'case.registered', r, 'case', r.id as string, {
          number: r.number,
          childId: r.child_id,
          existingChild: !!r.known,
          concerns: r.concerns,
          riskLevel: r.risk_level,
          source: r.source,
        });
        push(new Date(at.getTime() + 60_000), 'case.assigned', r, 'case', r.id as string, {
          userId: r.owner_user_id,
        });
        if (r.note_id)
          push(new Date(at.getTime() + 2 * 86_400_000), 'case.note_added', r, 'case', r.id as string, {
            noteId: r.note_id,
          });
      }
      await client.query(
        `insert into audit_events (${columns.join(', ')})
         select * from unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[], $5::uuid[], $6::text[],
                              $7::uuid[], $8::text[], $9::text[], $10::text[], $11::text[], $12::jsonb[],
                              $13::text[], $14::text[])`,
        batch,
      );
      written += (batch[0] as unknown[]).length;
    }
    await client.query(`close ${cursorName}`);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
  log(`  case history: ${written} audit events (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

/** Builds the core data set unless the marker says it is there. */
export async function ensureCore(bench: Awaited<ReturnType<typeof openBench>>): Promise<void> {
  if (await stageBuilt(bench.pool, 'core')) {
    log('core data set already built (bench_dataset marker): not regenerated');
    return;
  }
  await buildCore(bench.ctx, bench.pool);
}

/** Protocol actions, participants and KDN hearings on the core data set, unless already there. */
export async function ensureResponse(bench: Awaited<ReturnType<typeof openBench>>): Promise<void> {
  await ensureCore(bench);
  const { pool } = bench;
  if (await stageBuilt(pool, 'response')) {
    log('response data already built (bench_dataset marker): not regenerated');
    return;
  }
  const started = performance.now();
  log('building the response data (protocol actions, participants, KDN hearings) …');
  const benchCases = BENCH_CASES;
  // Four actions a case, by the rules of the demo protocol (school, police, health, psychological centre):
  // due 1-5 days after triage; on closed cases done, 1 in 6 late; on open ones 1 in 4 still open.
  await timed(
    pool,
    'protocol actions',
    `with rules as (select * from (values
        (1, 'school', 'inform_parents', '"same_day"'::jsonb, interval '8 hours'),
        (2, 'police_unit', 'visit', '{"days": 1}'::jsonb, interval '1 day'),
        (3, 'health_facility', 'examine', '{"days": 3}'::jsonb, interval '3 days'),
        (4, 'psychological_support_centre', 'psychological_help', '{"hours": 72}'::jsonb, interval '72 hours')
      ) as r(k, type, action, within, due_in))
     insert into protocol_actions (id, case_id, key, protocol_id, protocol_version, rule_id, concern,
                                   organisation_type, organisation_id, action, within, recorded_at, due_at,
                                   done_at, region_code, created_at)
     select gen_random_uuid(), c.id, c.id || ':interagency-default:bench.' || r.action, 'interagency-default', 1,
            'bench.' || r.action, c.concerns[1], r.type, o.org_id, r.action, r.within, c.triaged_at,
            c.triaged_at + r.due_in,
            case when c.status = 'closed' or (x.h % 4) <> 0 then
                   case when x.h % 6 = 0 then c.triaged_at + r.due_in + interval '2 days'
                        else c.triaged_at + r.due_in * 0.6 end end,
            c.region_code, c.triaged_at
       from cases c
       join bench_regions br on br.region_code = c.region_code
       cross join rules r
       cross join lateral (select bench_rand(c.number || ':' || r.k) as h) x
       left join bench_orgs o on o.r = br.r and o.kind = r.type
                             and o.n = case when r.type = 'school' then bench_rand('school' || (substr(c.number, 9)::int - 100000)) % ${SCHOOLS_PER_DISTRICT} else 0 end
      where ${benchCases}`,
  );
  await timed(
    pool,
    'participants (protocol)',
    `insert into case_participants (case_id, organisation_id, reason, source_id, active, since, until)
     select a.case_id, a.organisation_id, 'protocol_action', a.id, a.done_at is null and c.status <> 'closed',
            a.recorded_at, case when a.done_at is not null or c.status = 'closed' then coalesce(a.done_at, c.closed_at) end
       from protocol_actions a join cases c on c.id = a.case_id
      where a.organisation_id is not null and a.organisation_id <> c.owner_organisation_id
        and ${benchCases}
     on conflict do nothing`,
  );
  // KDN: 1 case in 10 heard; hearings of 6 cases each at the region's commission, held, every item decided.
  const decisionTasks = KDN_DECISION_TYPES.flatMap((type) =>
    kdnDecisionTasks({
      id: 'x',
      caseId: 'y',
      type,
      decidedAt: '2025-03-03T06:00:00Z',
      regionCode: null,
    }).map((t) => ({
      type,
      kind: t.kind,
      organisationType: t.assignee.kind === 'organisation_type' ? t.assignee.organisationType : 'kdn',
      hours: (Date.parse(t.dueAt) - Date.parse('2025-03-03T06:00:00Z')) / 3_600_000,
    })),
  );
  await pool.query('drop table if exists bench_kdn_tasks');
  await pool.query(
    'create table bench_kdn_tasks (t int, decision_type text, kind text, organisation_type text, hours float8)',
  );
  for (const t of decisionTasks) {
    await pool.query('insert into bench_kdn_tasks values ($1, $2, $3, $4, $5)', [
      KDN_DECISION_TYPES.indexOf(t.type),
      t.type,
      t.kind,
      t.organisationType,
      t.hours,
    ]);
  }
  await timed(
    pool,
    'KDN hearings',
    `with heard as (
       select c.*, br.r, row_number() over (partition by c.region_code order by c.triaged_at, c.id) - 1 as n
         from cases c join bench_regions br on br.region_code = c.region_code
        where ${benchCases} and bench_rand('kdn' || c.number) % 10 = 3
     )
     insert into kdn_hearings (id, kdn_organisation_id, scheduled_at, place, status, attendees, region_code,
                               created_by, created_at)
     select bench_uuid('kdn' || h.region_code || ':' || h.n / 6), k.id,
            date_trunc('day', min(h.triaged_at)) + interval '14 days 5 hours', 'Акимат, зал заседаний',
            case when min(h.triaged_at) + interval '14 days' < now() then 'held' else 'scheduled' end,
            '[]'::jsonb, h.region_code, (select u.id from users u where u.organisation_id = k.id order by u.username limit 1),
            min(h.triaged_at)
       from heard h join organisations k on k.code = 'kdn-' || h.region_code
      group by h.region_code, h.n / 6, k.id`,
  );
  await timed(
    pool,
    'KDN agenda items',
    `with heard as (
       select c.*, row_number() over (partition by c.region_code order by c.triaged_at, c.id) - 1 as n
         from cases c where ${benchCases} and bench_rand('kdn' || c.number) % 10 = 3
     )
     insert into kdn_agenda_items (id, hearing_id, case_id, decision_type, decision_text, decided_at)
     select bench_uuid('item' || h.id), hr.id, h.id,
            case when hr.status = 'held'
                 then (array[${KDN_DECISION_TYPES.map((t) => `'${t}'`).join(', ')}])[1 + bench_rand('dt' || h.number) % ${KDN_DECISION_TYPES.length}] end,
            case when hr.status = 'held' then 'Решение комиссии' end,
            case when hr.status = 'held' then hr.scheduled_at + interval '2 hours' end
       from heard h join kdn_hearings hr on hr.id = bench_uuid('kdn' || h.region_code || ':' || h.n / 6)`,
  );
  await timed(
    pool,
    'KDN decision tasks',
    `insert into case_tasks (id, case_id, title, kind, source_id, due_at, assignee_organisation_id, done_at,
                             done_by, result, created_by, created_at)
     select gen_random_uuid(), a.case_id, d.kind, d.kind, a.id, a.decided_at + d.hours * interval '1 hour',
            coalesce(o.org_id, h.kdn_organisation_id),
            case when a.decided_at + d.hours * interval '1 hour' < now() and x.h % 5 <> 0
                 then a.decided_at + d.hours * interval '1 hour' * case when x.h % 7 = 0 then 1.3 else 0.7 end end,
            null, null, h.created_by, a.decided_at
       from kdn_agenda_items a
       join kdn_hearings h on h.id = a.hearing_id
       join bench_regions br on br.region_code = h.region_code
       join bench_kdn_tasks d on d.decision_type = a.decision_type
       cross join lateral (select bench_rand(a.id::text || d.kind) as h) x
       left join bench_orgs o on o.r = br.r and o.kind = d.organisation_type and o.n = 0
      where a.decided_at is not null`,
  );
  await timed(
    pool,
    'participants (KDN)',
    `insert into case_participants (case_id, organisation_id, reason, source_id, active, since)
     select distinct t.case_id, t.assignee_organisation_id, 'kdn_decision', t.source_id, true, t.created_at
       from case_tasks t join kdn_agenda_items a on a.id = t.source_id join cases c on c.id = t.case_id
      where t.assignee_organisation_id <> c.owner_organisation_id
     on conflict do nothing`,
  );
  log('  analyze …');
  await pool.query('analyze');
  await pool.query(
    `insert into bench_dataset values ('response', now(), null) on conflict (stage) do nothing`,
  );
  log(`response data built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
