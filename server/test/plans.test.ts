import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePlan } from '@qorgau/domain/roadmap/index';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executorResolver } from '../src/modules/plans/service.ts';
import { queryRows } from '../src/platform/db/database.ts';
import { seedPlan } from '../src/seed/plan.ts';
import { createTestApp, type Session, signIn, type TestApp } from './harness.ts';
import { fixture, multipartBody, SEED_FILE, uploadPlan } from './plan-upload.ts';

const seedText = readFileSync(SEED_FILE, 'utf8');
const seed = parsePlan(seedText);

let t: TestApp;
let coordinator: Session;
let planId: string;
let seedSeconds: number;

beforeAll(async () => {
  t = await createTestApp();
  const started = performance.now();
  await seedPlan(t.ctx);
  seedSeconds = (performance.now() - started) / 1000;
  coordinator = await signIn(t, 'coordinator');
  planId = (await coordinator.request('GET', '/api/v1/plans')).json().items[0].id;
});
afterAll(async () => t?.close());

const get = (path: string, session = coordinator) => session.request('GET', `/api/v1/plans/${planId}${path}`);
const numbersOf = async (query: string): Promise<number[]> => {
  const response = await get(`/measures?limit=200&${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items.map((m: { number: number }) => m.number);
};

/** exceljs reads an ArrayBuffer (its typings do not know Node's Buffer). */
const arrayBuffer = (bytes: Buffer): ArrayBuffer => Uint8Array.from(bytes).buffer;

/** Rows of every plan table and of the audit log, to show that a refused import stored nothing. */
async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await queryRows<Record<string, number>>(
    t.ctx.db,
    sql`select (select cast(count(*) as int) from plans) as plans,
               (select cast(count(*) as int) from plan_versions) as versions,
               (select cast(count(*) as int) from plan_sections) as sections,
               (select cast(count(*) as int) from plan_measures) as measures,
               (select cast(count(*) as int) from plan_measure_executors) as executors,
               (select cast(count(*) as int) from plan_measure_amounts) as amounts,
               (select cast(count(*) as int) from plan_agencies) as agencies,
               (select cast(count(*) as int) from plan_agency_current) as current,
               (select cast(count(*) as int) from audit_events) as audit`,
  );
  return row ?? {};
}

describe('the seeded 2020 roadmap', () => {
  it('is loaded through the import: 70 measures in 5 sections (12, 19, 8, 28, 3) and 28 abbreviations', async () => {
    console.info(`seed import: ${seedSeconds.toFixed(2)} s`);
    const list = (await coordinator.request('GET', '/api/v1/plans')).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      act: { type: 'resolution', issuer: 'government', number: '156', date: '2020-03-30' },
      language: 'kk',
      period: { from: 2020, to: 2023 },
      reporting: { frequency: 'year', executorsDueDay: 10, coordinatorDueDay: 25 },
      currentVersion: 1,
      versionCount: 1,
      counts: { sections: 5, measures: 70, abbreviations: 28, warnings: 1 },
    });
    expect(list.items[0].act.line).toBe('Қазақстан Республикасы Үкіметінің 30.03.2020 № 156 қаулысы');

    const overview = (await get('')).json();
    expect(overview.sections.map((s: { measureCount: number }) => s.measureCount)).toEqual([
      12, 19, 8, 28, 3,
    ]);
    expect(overview.sections[0].title).toBe('ЗАҢНАМАЛЫҚ ЖӘНЕ НОРМАТИВТІК ҚҰҚЫҚТЫҚ БАЗАНЫ ЖЕТІЛДІРУ');
    expect(overview.warnings).toEqual([
      expect.objectContaining({
        measure: 15,
        code: 'CELL_EMPTY',
        message: expect.stringContaining('бюджеттік бағдарлама'),
      }),
    ]);
    expect(overview.versions).toEqual([
      expect.objectContaining({ version: 1, measureCount: 70, sourceFilename: 'roadmap-2020-156.kk.txt' }),
    ]);
  });

  it('adds up money by year and by source the same as the parsed document does', async () => {
    const overview = (await get('')).json();
    const total = seed.measures.reduce((sum, m) => sum + (m.financing.totalMln ?? 0), 0);
    expect(overview.money.totalMln).toBeCloseTo(total, 6);
    for (const { year, amountMln } of overview.money.byYear) {
      const expected = seed.measures.reduce((sum, m) => sum + (m.financing.byYearMln[String(year)] ?? 0), 0);
      expect(amountMln, String(year)).toBeCloseTo(expected, 6);
    }
    const bySourceTotal = overview.money.bySource.reduce(
      (s: number, g: { totalMln: number }) => s + g.totalMln,
      0,
    );
    expect(bySourceTotal).toBeCloseTo(total, 6);
    expect(overview.money.notRequired).toBe(seed.measures.filter((m) => !m.financing.required).length);
    const due2021 = seed.measures.filter((m) => m.deadline.dueDates.some((d) => d.startsWith('2021'))).length;
    expect(overview.deadlines.byYear).toContainEqual({ year: 2021, measureCount: due2021 });
  });

  it('keeps every measure exactly as parsed, and the columns lists filter on agree with it', async () => {
    const all = (await get('/measures?limit=200')).json().items;
    const stripped = all.map(({ warnings: _w, translatedInto: _t, ...m }: Record<string, unknown>) => m);
    expect(stripped).toEqual(JSON.parse(JSON.stringify(seed.measures)));
    const [mismatch] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select cast(count(*) as int) as n from plan_measures m
           where m.title <> m.parsed->>'title'
              or m.deadline_text <> m.parsed->'deadline'->>'text'
              or m.financing_text <> m.parsed->'financing'->>'text'
              or m.form_text <> m.parsed->'form'->>'text'
              or coalesce(m.total_mln, -1) <> coalesce((m.parsed->'financing'->>'totalMln')::numeric, -1)
              or cardinality(m.due_dates) <> jsonb_array_length(m.parsed->'deadline'->'dueDates')
              or (select count(*) from plan_measure_executors e where e.measure_id = m.id)
                 <> jsonb_array_length(m.parsed->'executors')`,
    );
    expect(mismatch?.n).toBe(0);
  });

  it('is not loaded twice', async () => {
    const before = await rowCounts();
    expect(await seedPlan(t.ctx)).toEqual({ loaded: false, measures: 0 });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('the agency directory', () => {
  it('links БҒМ to the Ministry of Education and Science and, through its successors, to those reporting today', async () => {
    const items = (await get('/agencies')).json().items as {
      code: string;
      kind: string;
      link: {
        type: string;
        organisation: { code: string } | null;
        current: { code: string }[];
        members: { code: string }[];
        organisationType: string | null;
        description: string;
      };
      usage: { executor: number; lead: number };
    }[];
    expect(items).toHaveLength(28);
    const by = (code: string) => {
      const found = items.find((a) => a.code === code);
      if (!found) throw new Error(`no ${code}`);
      return found;
    };
    expect(by('БҒМ').link).toMatchObject({ type: 'organisation', organisation: { code: 'mes' } });
    expect(
      by('БҒМ')
        .link.current.map((o) => o.code)
        .sort(),
    ).toEqual(['mop', 'mshe']);
    expect(by('БҒМ').link.description).toMatch(/Оқу-ағарту министрлігі/);
    expect(by('ІІМ').link.current.map((o) => o.code)).toEqual(['mia']);
    expect(by('БП ҚСАЕАК').link.organisation?.code).toBe('gpo-klsss');
    expect(by('ЖББ').link.organisation?.code).toBe('wb-piu');
    expect(by('ЖАО').link).toMatchObject({
      type: 'organisation_type',
      organisationType: 'akimat',
      organisation: null,
    });
    // The three regions formed in June 2022 existed during 2020–2023, so all twenty answer for the plan.
    expect(by('ЖАО').link.members).toHaveLength(20);
    expect(by('ЖАО').usage.executor).toBe(
      seed.measures.filter((m) => m.executors.some((e) => e.code === 'ЖАО')).length,
    );
    for (const code of ['РБ', 'ЖБ', 'ББ', 'ТЖ', 'ҚР ҚК', 'ҚР ӘҚБТК', 'ЖКО', 'ЖҚЕ'])
      expect(by(code), code).toMatchObject({ kind: 'term', link: { type: 'none', organisation: null } });
  });

  it('tells the reporting cycle who answers for a code in a period: 17 akimats for 2021, 20 for 2022', async () => {
    const resolve = await executorResolver(t.ctx.db, planId);
    const codes = new Map(
      (await queryRows<{ id: string; code: string }>(t.ctx.db, sql`select id, code from organisations`)).map(
        (o) => [o.id, o.code],
      ),
    );
    const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });
    const akimats2021 = resolve('ЖАО', year(2021));
    expect(akimats2021).toHaveLength(17);
    expect(akimats2021.every((a) => codes.get(a.organisationId)?.startsWith('akimat-'))).toBe(true);
    expect(akimats2021.map((a) => a.regionCode)).not.toContain('100000000');
    expect(resolve('ЖАО', year(2022))).toHaveLength(20);
    expect(resolve('БҒМ', year(2021)).map((o) => codes.get(o.organisationId))).toEqual(['mes']);
    expect(
      resolve('БҒМ', year(2023))
        .map((o) => codes.get(o.organisationId))
        .sort(),
    ).toEqual(['mop', 'mshe']);
    expect(resolve('РБ', year(2021))).toEqual([]);
    expect(resolve('нет такого', year(2021))).toEqual([]);
  });

  it('lets the coordinator correct a link, audited, and keeps the correction', async () => {
    const response = await coordinator.request(
      'PUT',
      `/api/v1/plans/${planId}/agencies/${encodeURIComponent('ДБ')}`,
      {
        kind: 'term',
        link: { type: 'none' },
      },
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ code: 'ДБ', kind: 'term', link: { source: 'coordinator' } });
    const [mes] = await queryRows<{ id: string }>(
      t.ctx.db,
      sql`select id from organisations where code = 'mes'`,
    );
    const linked = await coordinator.request(
      'PUT',
      `/api/v1/plans/${planId}/agencies/${encodeURIComponent('ВАК')}`,
      {
        kind: 'agency',
        link: { type: 'organisation', organisationId: mes?.id },
      },
    );
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json().link).toMatchObject({
      type: 'organisation',
      source: 'coordinator',
      organisation: { code: 'mes' },
    });
    expect(
      linked
        .json()
        .link.current.map((o: { code: string }) => o.code)
        .sort(),
    ).toEqual(['mop', 'mshe']);
    const refused = await coordinator.request(
      'PUT',
      `/api/v1/plans/${planId}/agencies/${encodeURIComponent('ДБ')}`,
      {
        kind: 'term',
        link: { type: 'organisation_type', organisationType: 'akimat' },
      },
    );
    expect(refused.statusCode).toBe(400);
    const missing = await coordinator.request('PUT', `/api/v1/plans/${planId}/agencies/XYZ`, {
      kind: 'term',
      link: { type: 'none' },
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('AGENCY_NOT_FOUND');
    const [audit] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select cast(count(*) as int) as n from audit_events where action = 'plan.agency_link_changed'`,
    );
    expect(audit?.n).toBe(2);
  });
});

describe('the measures of a plan', () => {
  it('filter by executor and deadline year: ЖАО with a due date in 2021', async () => {
    const expected = seed.measures
      .filter(
        (m) =>
          m.executors.some((e) => e.code === 'ЖАО') && m.deadline.dueDates.some((d) => d.startsWith('2021')),
      )
      .map((m) => m.number);
    const found = await numbersOf(`executor=${encodeURIComponent('ЖАО')}&deadlineYear=2021`);
    console.info(`executor ЖАО, deadlineYear 2021: ${found.length} measures`);
    expect(found).toEqual(expected);
    expect(found).toHaveLength(37);
  });

  it('filter by lead executor, section, source, form and version', async () => {
    const lead = seed.measures.filter((m) => m.executors[0]?.code === 'ІІМ').map((m) => m.number);
    expect(await numbersOf(`executor=${encodeURIComponent('ІІМ')}&leadOnly=true`)).toEqual(lead);
    expect(await numbersOf('section=3')).toEqual(
      seed.measures.filter((m) => m.section === 3).map((m) => m.number),
    );
    expect(await numbersOf('source=world_bank')).toEqual(
      seed.measures.filter((m) => m.financing.sources.includes('world_bank')).map((m) => m.number),
    );
    expect(await numbersOf('form=government')).toEqual(
      seed.measures.filter((m) => m.form.reportsTo === 'government').map((m) => m.number),
    );
    expect(await numbersOf(`form=${encodeURIComponent('ұсынымдамалар')}`)).toContain(65);
    expect(await numbersOf('version=1&section=5')).toEqual([68, 69, 70]);
  });

  it('find Kazakh words in the text of a measure, whatever their case or suffix', async () => {
    expect(await numbersOf(`q=${encodeURIComponent('әл-ауқаты индексін')}`)).toEqual([16]);
    const suicide = seed.measures
      .filter((m) => m.title.toLowerCase().includes('суицид'))
      .map((m) => m.number);
    expect(suicide.length).toBeGreaterThan(0);
    expect(await numbersOf(`q=${encodeURIComponent('СУИЦИД')}`)).toEqual(suicide);
    expect(await numbersOf(`q=${encodeURIComponent('жоқ-сөз-мұнда')}`)).toEqual([]);
  });

  it('page through all 70 by number with a cursor', async () => {
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { number: number }[]; nextCursor: string | null } = (
        await get(`/measures?limit=16${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((m) => m.number));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    expect((await get('/measures?cursor=not-a-cursor')).statusCode).toBe(400);
  });

  it('show measure 16 whole: its row, executors resolved to organisations, history', async () => {
    const response = await get('/measures/16');
    expect(response.statusCode).toBe(200);
    const m = response.json();
    expect(m).toMatchObject({
      number: 16,
      section: 2,
      sectionTitle: 'БАҒДАРЛАМАЛЫҚ ҚАМТАМАСЫЗ ЕТУ ЖӘНЕ ӘДІСТЕМЕЛІК СҮЙЕМЕЛДЕУ',
      title:
        'ҚР балалардың әл-ауқаты индексін әзірлеу және сынақтан өткізу (сынақ өткізу – 2020, 2021 ж., енгізу – 2022 ж.)',
      form: { text: 'құрал', reportsTo: null },
      deadline: {
        text: '2020 – 2021 жылдар',
        start: '2020-01-01',
        end: '2021-12-31',
        dueDates: ['2020-12-31', '2021-12-31'],
      },
      financing: {
        text: '80,0',
        required: true,
        totalMln: 80,
        byYearMln: { '2020': 40, '2021': 40 },
        sources: ['republican'],
        programmes: ['001'],
      },
      version: 1,
      history: [{ version: 1, status: 'added', changes: [] }],
    });
    expect(m.executors.map((e: { code: string; lead: boolean }) => [e.code, e.lead])).toEqual([
      ['БҒМ', true],
      ['ЖАО', false],
      ['Еңбекмині', false],
      ['ДСМ', false],
      ['ІІМ', false],
    ]);
    expect(m.executors[0].agency.link.current.map((o: { code: string }) => o.code).sort()).toEqual([
      'mop',
      'mshe',
    ]);
    expect(m.executors[1].agency.link.members).toHaveLength(20);
    expect((await get('/measures/71')).json().error.code).toBe('MEASURE_NOT_FOUND');
  });
});

describe('exports', () => {
  async function download(format: 'xlsx' | 'docx', lang: string) {
    const response = await get(`/export.${format}?lang=${lang}`);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    expect(response.headers['content-disposition']).toMatch(
      new RegExp(
        `^attachment; filename="plan-156-2020-03-30-v\\d+-${lang}\\.${format}"; filename\\*=UTF-8''`,
      ),
    );
    return response.rawPayload;
  }
  const m16 = seed.measures.find((m) => m.number === 16)?.title ?? '';

  it('write the XLSX in the official layout, headings in the chosen language, abbreviations on a second sheet', async () => {
    for (const [lang, heading, sheet] of [
      ['kk', 'Іс-шараның атауы', 'Аббревиатуралар'],
      ['ru', 'Наименование мероприятия', 'Аббревиатуры'],
    ] as const) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(arrayBuffer(await download('xlsx', lang)));
      const [table, list] = workbook.worksheets;
      const texts: string[] = [];
      table?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
      expect(texts, lang).toContain(heading);
      expect(texts, lang).toContain(m16);
      expect(texts).toContain(lang === 'kk' ? '2021 жыл' : '2021 год');
      expect(texts).toContain('II. БАҒДАРЛАМАЛЫҚ ҚАМТАМАСЫЗ ЕТУ ЖӘНЕ ӘДІСТЕМЕЛІК СҮЙЕМЕЛДЕУ');
      expect(list?.name).toBe(sheet);
      expect(list?.rowCount).toBe(2 + 28);
    }
  });

  it('write the DOCX with the table and the list of abbreviations after it', async () => {
    for (const [lang, heading, list] of [
      ['kk', 'Орындау мерзімі', 'Аббревиатуралардың толық жазылуы:'],
      ['ru', 'Срок исполнения', 'Расшифровка аббревиатур:'],
    ] as const) {
      const zip = await JSZip.loadAsync(await download('docx', lang));
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      expect(xml, lang).toContain(heading);
      expect(xml, lang).toContain(m16);
      expect(xml.indexOf(list)).toBeGreaterThan(xml.indexOf(m16));
      expect(xml).toContain('Еуразия ұлттық университеті');
    }
  });

  // npm test installs LibreOffice (Debian's headless packages) before this tier runs.
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
  it('open in LibreOffice: both files convert to PDF', async () => {
    if (!soffice) throw new Error('LibreOffice is not installed: run the tests through `npm test`');
    const dir = mkdtempSync(join(tmpdir(), 'qorgau-export-'));
    try {
      writeFileSync(join(dir, 'table.xlsx'), await download('xlsx', 'kk'));
      writeFileSync(join(dir, 'document.docx'), await download('docx', 'ru'));
      const run = spawnSync(
        soffice ?? 'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          'table.xlsx',
          'document.docx',
        ],
        { cwd: dir, encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      for (const pdf of ['table.pdf', 'document.pdf']) {
        const bytes = readFileSync(join(dir, pdf));
        expect(bytes.subarray(0, 5).toString(), pdf).toBe('%PDF-');
        expect(bytes.length, pdf).toBeGreaterThan(20_000);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  it('audit every export', async () => {
    const [row] = await queryRows<{ n: number }>(
      t.ctx.db,
      sql`select cast(count(*) as int) as n from audit_events where action = 'plan.exported' and object_id = ${planId}`,
    );
    expect(row?.n).toBe(6);
  });
});

describe('translations of measures', () => {
  it('are saved by the coordinator beside the Kazakh original, marked as translations, audited', async () => {
    const saved = await coordinator.request('PUT', `/api/v1/plans/${planId}/measures/16/translations/ru`, {
      title:
        'Разработка и апробация индекса благополучия детей РК (апробация – 2020, 2021 гг., внедрение – 2022 г.)',
      form: 'инструмент',
      deadline: '2020 – 2021 годы',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      locale: 'ru',
      isTranslation: true,
      original: 'kk',
      outdated: false,
      translatedBy: 'coordinator',
    });
    const m = (await get('/measures/16')).json();
    expect(m.title).toMatch(/^ҚР балалардың әл-ауқаты индексін/);
    expect(m.translatedInto).toEqual(['ru']);
    expect(m.translations[0]).toMatchObject({ locale: 'ru', form: 'инструмент', isTranslation: true });
    const original = await coordinator.request('PUT', `/api/v1/plans/${planId}/measures/16/translations/kk`, {
      title: 'x',
    });
    expect(original.statusCode).toBe(422);
    expect(original.json().error.code).toBe('TRANSLATION_OF_ORIGINAL');
  });

  it('appear, marked, in an export in their language', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(arrayBuffer((await get('/export.xlsx?lang=ru')).rawPayload));
    const texts: string[] = [];
    workbook.worksheets[0]?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts.some((s) => s.startsWith('Разработка и апробация индекса') && s.endsWith('*'))).toBe(true);
    expect(texts.some((s) => s.includes('оригинал плана на казахском языке'))).toBe(true);
    expect(texts).toContain(seed.measures.find((m) => m.number === 17)?.title);
  });
});

/** The seed with measure 16 due a year later and a measure 71 added after measure 70. */
function amendedSeed(): string {
  const at16 = seedText.indexOf('\t16.\n');
  const deadline = seedText.indexOf('\t2020 – 2021 жылдар\n', at16);
  let text = `${seedText.slice(0, deadline)}\t2020 – 2022 жылдар\n${seedText.slice(deadline + '\t2020 – 2021 жылдар\n'.length)}`;
  const m71 = [
    '\t71.',
    '\tБалалар құқықтарын қорғау жөніндегі мониторингтің цифрлық жүйесін енгізу',
    '\tҮкіметке ақпарат',
    '\tБҒМ,',
    'ЖАО',
    '\t2023 жыл',
    '\tталап етілмейді',
    '\t-',
    '\t-',
    '\t-',
    '\t-',
    '\t-',
    '\t-',
  ].join('\n');
  text = text.replace('\t-Жүктеу\n', `\t-\n\n${m71}Жүктеу\n`);
  return text;
}

describe('a new version of the plan', () => {
  it('is previewed with a dry run, measure by measure, and nothing is stored', async () => {
    const before = await rowCounts();
    const response = await uploadPlan(coordinator, amendedSeed(), {
      dryRun: true,
      filename: 'жол-картасы-өзгерістер.txt',
    });
    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json();
    expect(preview).toMatchObject({ outcome: 'preview', dryRun: true, planId, version: 2 });
    expect(preview.counts).toMatchObject({ sections: 5, measures: 71, abbreviations: 28 });
    expect(preview.changes.againstVersion).toBe(1);
    expect(preview.changes.diff.measures.added.map((m: { number: number }) => m.number)).toEqual([71]);
    expect(preview.changes.diff.measures.removed).toEqual([]);
    expect(preview.changes.diff.measures.changed).toEqual([
      {
        number: 16,
        title: expect.any(String),
        changes: [
          { field: 'deadline.text', from: '2020 – 2021 жылдар', to: '2020 – 2022 жылдар' },
          { field: 'deadline.end', from: '2021-12-31', to: '2022-12-31' },
          {
            field: 'deadline.dueDates',
            from: ['2020-12-31', '2021-12-31'],
            to: ['2020-12-31', '2021-12-31', '2022-12-31'],
          },
        ],
      },
    ]);
    // The coordinator's correction of ДБ shows in the preview and is not overwritten.
    expect(preview.agencies.find((a: { code: string }) => a.code === 'ДБ')).toMatchObject({
      kind: 'term',
      link: { source: 'coordinator' },
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('is imported as version 2, keeping version 1 readable', async () => {
    const response = await uploadPlan(coordinator, amendedSeed(), { filename: 'жол-картасы-өзгерістер.txt' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      outcome: 'version_created',
      version: 2,
      message: 'Жоспардың 2-нұсқасы құрылды.',
    });

    const overview = (await get('')).json();
    expect(overview).toMatchObject({ currentVersion: 2, versionCount: 2, counts: { measures: 71 } });
    expect(
      overview.versions.map((v: { version: number; importedBy: string }) => [v.version, v.importedBy]),
    ).toEqual([
      [2, 'coordinator'],
      [1, null],
    ]);
    expect((await get('/measures/16')).json().deadline.text).toBe('2020 – 2022 жылдар');
    expect((await get('/measures/16?version=1')).json().deadline.text).toBe('2020 – 2021 жылдар');
    expect((await get('/measures?version=1&limit=200')).json().items).toHaveLength(70);
    expect((await get('/measures/71?version=1')).statusCode).toBe(404);

    const diff = (await get('/versions/2/diff')).json();
    expect(diff).toMatchObject({ version: 2, previousVersion: 1 });
    expect(diff.diff.measures.added.map((m: { number: number }) => m.number)).toEqual([71]);
    expect(diff.diff.measures.changed.map((m: { number: number }) => m.number)).toEqual([16]);
    const first = (await get('/versions/1/diff')).json();
    expect(first.diff.measures.added).toHaveLength(70);

    const history = (await get('/measures/16')).json().history;
    expect(history.map((h: { version: number; status: string }) => [h.version, h.status])).toEqual([
      [1, 'added'],
      [2, 'changed'],
    ]);
    // The translation was made from version 1's text, which the amendment changed.
    expect((await get('/measures/16')).json().translations[0].outdated).toBe(true);
    const source = await get('/versions/1/source');
    expect(source.statusCode).toBe(200);
    expect(source.body).toBe(seedText);
    expect(source.headers['content-type']).toMatch(/^text\/plain/);
    const agencies = (await get('/agencies')).json().items;
    expect(agencies.find((a: { code: string }) => a.code === 'ДБ')).toMatchObject({
      kind: 'term',
      link: { source: 'coordinator' },
    });
  });

  it('is not made again from the same text, nor from a text that says the same', async () => {
    const before = await rowCounts();
    const same = await uploadPlan(coordinator, amendedSeed());
    expect(same.statusCode).toBe(200);
    expect(same.json()).toMatchObject({ outcome: 'same_text', version: 2 });
    expect(same.json().message).toMatch(/Ештеңе өзгерген жоқ/);
    const crlf = await uploadPlan(coordinator, amendedSeed().replace(/\n/g, '\r\n'));
    expect(crlf.json()).toMatchObject({ outcome: 'same_content', version: 2 });
    expect(await rowCounts()).toEqual(before);
  });
});

describe('an import of something that is not such a plan', () => {
  const windows1251 = Buffer.concat([
    Buffer.from(seedText.split('\n').slice(0, 2).join('\n')),
    Buffer.from('\n\u00c6\u00ee\u00eb \u00ea\u00e0\u00f0\u00f2\u00e0\u00f1\u00fb\n', 'latin1'),
  ]);
  const cases: [string, Buffer | string, number, RegExp][] = [
    ['an empty file', '', 422, /^1-жол: файл бос\.$/],
    ['a PDF', fixture('bad-pdf.txt'), 422, /^1-жол: файл кәдімгі мәтін емес, ол — PDF құжаты\./],
    [
      'a row with a cell missing',
      fixture('bad-row-cell-count.txt'),
      422,
      /^44-жол: 2-іс-шарада 11 ұяшықтың орнына 10 ұяшық бар/,
    ],
    [
      'a duplicated measure number',
      fixture('bad-duplicate-measure.txt'),
      422,
      /^68-жол: 2-іс-шара екінші рет кездеседі \(алғаш рет 54-жолда\)/,
    ],
    ['text that is not UTF-8', windows1251, 422, /^3-жол: мәтін UTF-8 кодтауында емес/],
    [
      'binary data',
      Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x10]),
      422,
      /^1-жол: файл кәдімгі мәтін емес, ол — екілік деректер/,
    ],
  ];

  for (const [what, content, status, reason] of cases) {
    it(`is refused with the line named and nothing stored: ${what}`, async () => {
      const before = await rowCounts();
      const response = await uploadPlan(coordinator, content);
      expect(response.statusCode, response.body).toBe(status);
      const { error } = response.json();
      expect(error.code).toBe('PLAN_UNREADABLE');
      expect(error.message).toMatch(/^Файлды жоспар ретінде импорттау мүмкін емес\. /);
      expect(error.message.replace(/^Файлды жоспар ретінде импорттау мүмкін емес\. /, '')).toMatch(reason);
      expect(typeof error.details.line).toBe('number');
      expect(await rowCounts()).toEqual(before);
    });
  }

  it('is refused when larger than 5 MB, with nothing stored', async () => {
    const before = await rowCounts();
    const response = await uploadPlan(coordinator, Buffer.alloc(6 * 1024 * 1024, 0x41));
    expect(response.statusCode).toBe(413);
    expect(response.json().error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringContaining('5 MB'),
    });
    expect(await rowCounts()).toEqual(before);
  });

  it('is refused without a file, or as JSON', async () => {
    const noFile = multipartBody('just a field', null, 'note');
    const response = await coordinator.request('POST', '/api/v1/plans/import', noFile.payload, {
      'content-type': noFile.contentType,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('PLAN_FILE_MISSING');
    const json = await coordinator.request('POST', '/api/v1/plans/import', { file: seedText });
    expect(json.statusCode).toBe(415);
  });
});

describe('malformed uploads', () => {
  it('property: whatever the file holds, the answer is a preview or a 4xx with a message, never a 5xx', async () => {
    const lines = seedText.split('\n');
    const upload = fc.oneof(
      fc
        .tuple(fc.nat(lines.length), fc.integer({ min: 1, max: 40 }))
        .map(([at, n]) => [...lines.slice(0, at), ...lines.slice(at + n)].join('\n')),
      fc
        .tuple(fc.nat(lines.length), fc.string({ maxLength: 80 }))
        .map(([at, extra]) => [...lines.slice(0, at), extra, ...lines.slice(at)].join('\n')),
      fc.tuple(fc.nat(lines.length - 1), fc.nat(lines.length - 1)).map(([a, b]) => {
        const swapped = [...lines];
        [swapped[a], swapped[b]] = [swapped[b] ?? '', swapped[a] ?? ''];
        return swapped.join('\n');
      }),
      fc.nat(seedText.length).map((n) => seedText.slice(0, n)),
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
    );
    const before = await rowCounts();
    await fc.assert(
      fc.asyncProperty(upload, async (content) => {
        const response = await uploadPlan(coordinator, content, { dryRun: true });
        expect(response.statusCode, response.body.slice(0, 300)).toBeLessThan(500);
        if (response.statusCode >= 400) expect(response.json().error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
    expect(await rowCounts()).toEqual(before);
  }, 120_000);
});

describe('malformed corrections and translations', () => {
  it('property: any JSON body gets a 4xx or a success, never a 5xx', async () => {
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record(
        {
          kind: fc.oneof(fc.constantFrom('agency', 'term'), fc.string()),
          link: fc.oneof(
            fc.record({
              type: fc.constantFrom('organisation', 'organisation_type', 'none', 'x'),
              organisationId: fc.uuid(),
            }),
            fc.record({ type: fc.constant('organisation_type'), organisationType: fc.string() }),
            fc.jsonValue(),
          ),
          title: fc.oneof(fc.string({ maxLength: 6000 }), fc.integer()),
          form: fc.oneof(fc.string(), fc.constant(null)),
        },
        { requiredKeys: [] },
      ),
    );
    const urls = [
      `/api/v1/plans/${planId}/agencies/${encodeURIComponent('ВАК')}`,
      `/api/v1/plans/${planId}/measures/3/translations/en`,
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...urls), body, async (url, payload) => {
        const response = await coordinator.request('PUT', url, payload);
        expect(response.statusCode, `${url} ← ${JSON.stringify(payload).slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});

describe('access to the plan registry', () => {
  it('lets a school psychologist read the plans but not import, translate or relink', async () => {
    const psychologist = await signIn(t, 'psychologist');
    expect((await psychologist.request('GET', '/api/v1/plans')).statusCode).toBe(200);
    expect((await get('/measures?limit=5', psychologist)).statusCode).toBe(200);
    expect((await get('/measures/16', psychologist)).statusCode).toBe(200);
    const before = await rowCounts();
    const upload = await uploadPlan(psychologist, seedText, { dryRun: true });
    expect(upload.statusCode).toBe(403);
    expect(upload.json().error.code).toBe('FORBIDDEN');
    expect(
      (
        await psychologist.request('PUT', `/api/v1/plans/${planId}/measures/16/translations/en`, {
          title: 'x',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await psychologist.request('PUT', `/api/v1/plans/${planId}/agencies/${encodeURIComponent('ЖАО')}`, {
          kind: 'term',
          link: { type: 'none' },
        })
      ).statusCode,
    ).toBe(403);
    expect(await rowCounts()).toEqual(before);
  });

  it('answers in the reader’s language: an analyst reads Russian warnings and act lines', async () => {
    const analyst = await signIn(t, 'analyst');
    const overview = (await get('?version=1', analyst)).json();
    expect(overview.act.line).toBe('Постановление Правительства Республики Казахстан от 30.03.2020 № 156');
    expect(overview.warnings[0].message).toMatch(/^Ячейка «бюджетная программа» пуста/);
    expect(
      (await analyst.request('GET', `/api/v1/plans/00000000-0000-4000-8000-000000000000`)).json().error,
    ).toEqual({
      code: 'PLAN_NOT_FOUND',
      message: 'Такого плана нет.',
    });
  });
});
