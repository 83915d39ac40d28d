import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveObligations, effectiveRule, periodFor } from '@qorgau/domain/reporting/index';
import { parsePlan } from '@qorgau/domain/roadmap/index';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobDefinitions } from '../src/jobs.ts';
import { executorResolver } from '../src/modules/plans/service.ts';
import { createWorker } from '../src/platform/jobs/worker.ts';
import { createTestApp, type Session, signIn, type TestApp } from './harness.ts';
import { SEED_FILE } from './plan-upload.ts';
import { ELF, goodReport, openYear, PDF, uploadEvidence, WINDOWS_EXE } from './reporting-helpers.ts';

let t: TestApp;
let coordinator: Session;
let executor: Session;
let akimat: Session;
let periodId: string;
let planId: string;
let opened: { period: { counts: Record<string, number> }; unresolved: unknown[]; warnings: unknown[] };

type Obligation = {
  id: string;
  measure: number;
  organisation: { id: string };
  lead: boolean;
  state: string | null;
};

const HOUR = 3_600_000;
// A sentence with every letter the Kazakh alphabet adds to Russian's, capital and small.
const KAZAKH_LETTERS =
  'Әкімдік өңірдегі ұйымдарды жиһазбен жабдықтап, ғылыми-әдістемелік қолдау көрсетті; үйлестіру іске асырылды. Ә Ғ Қ Ң Ө Ұ Ү Һ І.';

beforeAll(async () => {
  // Five days before the executors' due date of the 2020 period (10 January 2021).
  t = await createTestApp({}, { clockStart: '2021-01-05T05:00:00.000Z' });
  coordinator = await signIn(t, 'coordinator');
  ({ planId, periodId, result: opened } = await openYear(t, coordinator, 2020));
  executor = await signIn(t, 'executor');
  akimat = await signIn(t, 'akimat');
});
afterAll(async () => t?.close());

const mine = async (s: Session): Promise<Obligation[]> =>
  (await s.request('GET', `/api/v1/reporting/obligations/mine?periodId=${periodId}`)).json().items;
const completeness = async () =>
  (await coordinator.request('GET', `/api/v1/reporting/periods/${periodId}/completeness`)).json();

describe('opening the 2020 period of the seed roadmap', () => {
  it('creates 745 obligations: 742 expected and 3 invited, the same as the rules derive', async () => {
    expect(opened.period.counts).toEqual({ measures: 48, obligations: 745, expected: 742, invited: 3 });
    expect(opened.unresolved).toEqual([]);
    expect(opened.warnings).toEqual([]);
    // The rules applied independently to the stored directory: measures meeting 2020, ЖАО = the akimats of 2020.
    const plan = parsePlan(readFileSync(SEED_FILE, 'utf8'));
    const rule = effectiveRule(plan.reporting);
    if (!rule.ok) throw new Error('the seed states its rule');
    const derived = deriveObligations({
      measures: plan.measures,
      period: periodFor({ year: 2020 }, rule.rule),
      resolveExecutor: await executorResolver(t.ctx.db, planId),
    });
    expect(derived.obligations).toHaveLength(745);
    const listed = await coordinator.request(
      'GET',
      `/api/v1/reporting/periods/${periodId}/obligations?limit=200`,
    );
    expect(listed.json().total).toBe(745);
  });

  it('lists the period with the resolution’s dates', async () => {
    const list = (await coordinator.request('GET', `/api/v1/reporting/periods?planId=${planId}`)).json();
    expect(list.items[0]).toMatchObject({
      id: periodId,
      planId,
      start: '2020-01-01',
      end: '2020-12-31',
      executorsDue: '2021-01-10',
      coordinatorDue: '2021-01-25',
    });
  });

  it('asks 17 akimats (not 20) for each ЖАО measure before the 2022 reform', async () => {
    const response = await coordinator.request(
      'GET',
      `/api/v1/reporting/periods/${periodId}/obligations?measure=34&limit=200`,
    );
    expect(response.json().total).toBe(17);
  });

  it('refuses a second period over the same dates', async () => {
    const again = await coordinator.request('POST', '/api/v1/reporting/periods', { planId, year: 2020 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('PERIOD_OVERLAPS');
  });
});

describe('an executor reporting', () => {
  it('sees only its own organisation’s obligations, the lead marked, with the days left', async () => {
    const items = await mine(executor);
    expect(items.length).toBeGreaterThan(10);
    expect(new Set(items.map((o) => o.organisation.id)).size).toBe(1);
    expect(items.find((o) => o.measure === 1)?.lead).toBe(true);
    const first = (
      await executor.request('GET', `/api/v1/reporting/obligations/mine?periodId=${periodId}`)
    ).json().items[0];
    expect(first.daysLeft).toBe(5);
  });

  it('cannot submit for another organisation’s obligation', async () => {
    const astana = (await mine(akimat))[0] as Obligation;
    const response = await executor.request(
      'POST',
      `/api/v1/reporting/obligations/${astana.id}/report/submit`,
      goodReport('Бөтен есеп'),
    );
    expect(response.statusCode).toBe(404);
    const detail = (await akimat.request('GET', `/api/v1/reporting/obligations/${astana.id}`)).json();
    expect(detail.obligation.state).toBeNull();
  });

  it('refuses an amount that is not a number, naming the field, and keeps the saved draft', async () => {
    const [o] = await mine(executor);
    const id = (o as Obligation).id;
    const saved = await executor.request('PUT', `/api/v1/reporting/obligations/${id}/report`, {
      text: { kk: 'Алғашқы жоба' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const bad = await executor.request('PUT', `/api/v1/reporting/obligations/${id}/report`, {
      text: { kk: 'Өзгертілген жоба' },
      spending: { local: '12,5abc' },
    });
    expect(bad.statusCode).toBe(400);
    const detail = bad.json().error.details.find((d: { field: string }) => d.field === 'spending.local');
    expect(detail.message).toBe('Соманы миллион теңгемен сан түрінде жазыңыз, мысалы 12,5 ("12,5abc" емес).');
    const after = (await executor.request('GET', `/api/v1/reporting/obligations/${id}`)).json();
    expect(after.report.text.kk).toBe('Алғашқы жоба');
  });

  it('refuses "not executed" without a reason, and the draft stays as it was', async () => {
    const [o] = await mine(executor);
    const id = (o as Obligation).id;
    const bad = await executor.request('POST', `/api/v1/reporting/obligations/${id}/report/submit`, {
      status: 'not_executed',
      text: { kk: 'Орындалмады' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      expect.objectContaining({ field: 'reason', message: 'Іс-шараның орындалмау себебін көрсетіңіз.' }),
    ]);
    const after = (await executor.request('GET', `/api/v1/reporting/obligations/${id}`)).json();
    expect(after.obligation.state).toBe('draft');
    expect(after.report.text.kk).toBe('Алғашқы жоба');
  });

  it('accepts a PDF as evidence but refuses a program renamed to .pdf and a file over the limit', async () => {
    const [o] = await mine(executor);
    const id = (o as Obligation).id;
    const pdf = await uploadEvidence(executor, id, PDF, 'бұйрық.pdf');
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json().file).toMatchObject({ name: 'бұйрық.pdf', mediaType: 'application/pdf' });
    const elf = await uploadEvidence(executor, id, ELF, 'report.pdf');
    expect(elf.statusCode).toBe(415);
    expect(elf.json().error.code).toBe('FILE_TYPE_REFUSED');
    const exe = await uploadEvidence(executor, id, WINDOWS_EXE, 'акт.pdf');
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('FILE_TYPE_REFUSED');
    const big = await uploadEvidence(
      executor,
      id,
      Buffer.concat([PDF, Buffer.alloc(t.ctx.files.maxBytes)]),
      'big.pdf',
    );
    expect(big.statusCode).toBe(413);
    const after = (await executor.request('GET', `/api/v1/reporting/obligations/${id}`)).json();
    expect(after.evidence.map((f: { name: string }) => f.name)).toEqual(['бұйрық.pdf']);
    const download = await executor.request('GET', `/api/v1/reporting/files/${after.evidence[0].id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''%D0%B1");
    expect(download.rawPayload.equals(PDF)).toBe(true);
    // Another organisation cannot fetch it.
    expect((await akimat.request('GET', `/api/v1/reporting/files/${after.evidence[0].id}`)).statusCode).toBe(
      404,
    );
  });
});

describe('what a measure asks of its reports', () => {
  it('is set by the coordinator: an indicator the measure does not count is refused by name', async () => {
    const form = await coordinator.request('PUT', `/api/v1/reporting/plans/${planId}/measures/35/form`, {
      documentRequired: false,
      indicators: ['children_covered'],
    });
    expect(form.statusCode, form.body).toBe(200);
    const thirtyFive = (await mine(akimat)).find((o) => o.measure === 35) as Obligation;
    const detail = (await akimat.request('GET', `/api/v1/reporting/obligations/${thirtyFive.id}`)).json();
    expect(detail.form).toEqual({ documentRequired: false, indicators: ['children_covered'] });
    const refused = await akimat.request('PUT', `/api/v1/reporting/obligations/${thirtyFive.id}/report`, {
      indicators: { events_held: 2, children_covered: 300 },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([
      expect.objectContaining({
        field: 'indicators.events_held',
        message: 'Бұл іс-шара "events_held" көрсеткішін есептемейді.',
      }),
    ]);
  });
});

describe('timeliness, review and locking', () => {
  it('counts a report sent before the due date on time and one sent after it late', async () => {
    const [o] = await mine(executor);
    const current = (
      await executor.request('GET', `/api/v1/reporting/obligations/${(o as Obligation).id}`)
    ).json();
    const sent = await executor.request(
      'POST',
      `/api/v1/reporting/obligations/${(o as Obligation).id}/report/submit`,
      goodReport('ІІМ іс-шараны толық орындады: 3 семинар өтті.', { evidence: current.report.evidence }),
    );
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().obligation).toMatchObject({ state: 'submitted', timeliness: 'on_time', version: 1 });

    // 11 January 2021, 05:00 in Kazakhstan: a day after the due date.
    t.clock.advance(5 * 24 * HOUR + 19 * HOUR);
    // Sessions end after 30 idle minutes: everyone signs in again, days later.
    coordinator = await signIn(t, 'coordinator');
    executor = await signIn(t, 'executor');
    akimat = await signIn(t, 'akimat');
    const astana = (await mine(akimat)).find((o) => o.measure === 34) as Obligation;
    const late = await akimat.request(
      'POST',
      `/api/v1/reporting/obligations/${astana.id}/report/submit`,
      goodReport('Астана қаласында 40 мектепте сабақ өтті.'),
    );
    expect(late.statusCode, late.body).toBe(200);
    expect(late.json().obligation.timeliness).toBe('late');
    const figures = await completeness();
    expect(figures).toMatchObject({
      expected: 742,
      submitted: 2,
      onTime: 1,
      late: 1,
      missing: 740,
      accepted: 0,
    });
  });

  it('keeps every version and shows what changed after a return', async () => {
    const astana = (await mine(akimat)).find((o) => o.measure === 34) as Obligation;
    const returned = await coordinator.request(
      'POST',
      `/api/v1/reporting/obligations/${astana.id}/report/return`,
      {
        comment: 'Қатысушылар санын нақтылаңыз.',
      },
    );
    expect(returned.statusCode, returned.body).toBe(200);
    const fixed = await akimat.request(
      'POST',
      `/api/v1/reporting/obligations/${astana.id}/report/submit`,
      goodReport('Астана қаласында 40 мектепте сабақ өтті.', {
        indicators: { events_held: 3, participants: 150 },
      }),
    );
    expect(fixed.statusCode, fixed.body).toBe(200);
    const detail = (await coordinator.request('GET', `/api/v1/reporting/obligations/${astana.id}`)).json();
    expect(
      detail.versions.map((v: { version: number; decision: string | null }) => [v.version, v.decision]),
    ).toEqual([
      [1, 'returned'],
      [2, null],
    ]);
    expect(detail.versions[1].changes).toEqual([{ field: 'indicators.participants', from: 120, to: 150 }]);
    // Resubmission does not make a late report on time, nor an on-time one late: the first submission counts.
    expect(detail.obligation.timeliness).toBe('late');
  });

  it('locks an accepted report: the executor can no longer change or resubmit it', async () => {
    const astana = (await mine(akimat)).find((o) => o.measure === 34) as Obligation;
    const accepted = await coordinator.request(
      'POST',
      `/api/v1/reporting/obligations/${astana.id}/report/accept`,
      {},
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    const edit = await akimat.request('PUT', `/api/v1/reporting/obligations/${astana.id}/report`, {
      text: { kk: 'Өзгеріс' },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.code).toBe('REPORT_READ_ONLY');
    const resubmit = await akimat.request(
      'POST',
      `/api/v1/reporting/obligations/${astana.id}/report/submit`,
      goodReport('Өзгеріс'),
    );
    expect(resubmit.statusCode).toBe(409);
    const reopen = await coordinator.request(
      'POST',
      `/api/v1/reporting/obligations/${astana.id}/report/reopen`,
      { reason: ' ' },
    );
    expect(reopen.statusCode).toBe(400);
    expect((await completeness()).accepted).toBe(1);
  });
});

describe('the lead executor of a measure', () => {
  it('reads its co-executors’ reports on the measure and writes the summary, which a co-executor cannot', async () => {
    const health = await signIn(t, 'executor2');
    const one = (await mine(health)).find((o) => o.measure === 1) as Obligation;
    const sent = await health.request(
      'POST',
      `/api/v1/reporting/obligations/${one.id}/report/submit`,
      goodReport('ДСМ медицина қызметкерлеріне арналған оқыту өткізді.'),
    );
    expect(sent.statusCode, sent.body).toBe(200);
    const view = (await executor.request('GET', `/api/v1/reporting/periods/${periodId}/measures/1`)).json();
    expect(view.summary.mayWrite).toBe(true);
    expect(
      view.obligations.map((o: { report: { text: { kk: string } } | null }) => o.report?.text.kk),
    ).toContain('ДСМ медицина қызметкерлеріне арналған оқыту өткізді.');
    const summary = await executor.request(
      'PUT',
      `/api/v1/reporting/periods/${periodId}/measures/1/summary`,
      {
        text: 'ІІМ мен ДСМ ұсыныстарды бірлесіп дайындады.',
      },
    );
    expect(summary.statusCode, summary.body).toBe(200);
    const refused = await health.request('PUT', `/api/v1/reporting/periods/${periodId}/measures/1/summary`, {
      text: 'Жиынтық',
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('REPORT_LEAD_ONLY');
    // A co-executor does not read the lead's report: it is not theirs and they do not lead.
    const lead = (await mine(executor)).find((o) => o.measure === 1) as Obligation;
    expect((await health.request('GET', `/api/v1/reporting/obligations/${lead.id}`)).statusCode).toBe(404);
  });
});

describe('an akimat', () => {
  it('sees only its own region in the lists and in the figures', async () => {
    const karaganda = await signIn(t, 'akimat2');
    const listed = (
      await karaganda.request('GET', `/api/v1/reporting/periods/${periodId}/obligations?limit=200`)
    ).json();
    expect(listed.total).toBeGreaterThan(0);
    expect(
      new Set(listed.items.map((o: { organisation: { regionCode: string } }) => o.organisation.regionCode)),
    ).toEqual(new Set(['350000000']));
    const figures = (
      await karaganda.request('GET', `/api/v1/reporting/periods/${periodId}/completeness`)
    ).json();
    expect(figures.expected).toBe(listed.total);
    expect(figures.byRegion.map((r: { regionCode: string }) => r.regionCode)).toEqual(['350000000']);
    const astana = (await mine(akimat)).find((o) => o.measure === 34) as Obligation;
    expect((await karaganda.request('GET', `/api/v1/reporting/obligations/${astana.id}`)).statusCode).toBe(
      404,
    );
  });
});

describe('re-opening an accepted report', () => {
  it('needs a reason, which the audit log keeps', async () => {
    const astana = (await mine(akimat)).find((o) => o.measure === 34) as Obligation;
    const reopened = await coordinator.request(
      'POST',
      `/api/v1/reporting/obligations/${astana.id}/report/reopen`,
      {
        reason: 'Астана әкімдігі қатысушылар санын қайта есептеді.',
      },
    );
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(reopened.json().obligation.state).toBe('reopened');
    expect((await completeness()).accepted).toBe(0);
    const audit = (
      await (await signIn(t, 'admin')).request('GET', '/api/v1/audit?action=reporting.report_reopened')
    ).json();
    expect(audit.items[0].details.note).toBe('Астана әкімдігі қатысушылар санын қайта есептеді.');
    // Sent again and accepted again, it is what the Government report shows.
    await akimat.request(
      'POST',
      `/api/v1/reporting/obligations/${astana.id}/report/submit`,
      goodReport('Астана қаласында 40 мектепте сабақ өтті.', {
        indicators: { events_held: 3, participants: 150 },
      }),
    );
    expect(
      (await coordinator.request('POST', `/api/v1/reporting/obligations/${astana.id}/report/accept`, {}))
        .statusCode,
    ).toBe(200);
  });
});

describe('the Government report', () => {
  it('is generated by a job in Kazakh and holds the accepted text of the measure', async () => {
    const requested = await coordinator.request(
      'POST',
      `/api/v1/reporting/periods/${periodId}/government-reports`,
      { language: 'kk' },
    );
    expect(requested.statusCode, requested.body).toBe(202);
    const jobId = requested.json().jobId;
    const worker = createWorker(t.ctx, jobDefinitions);
    expect(await worker.runDue()).toBeGreaterThanOrEqual(1);
    const job = (await coordinator.request('GET', `/api/v1/jobs/${jobId}`)).json();
    expect(job).toMatchObject({ status: 'done', progress: 100 });
    const list = (
      await coordinator.request('GET', `/api/v1/reporting/periods/${periodId}/government-reports`)
    ).json();
    expect(list.items[0].files.map((f: { format: string }) => f.format)).toEqual(['docx', 'xlsx', 'pdf']);
    const docx = await coordinator.request('GET', list.items[0].files[0].url);
    expect(docx.statusCode).toBe(200);
    const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')?.async('string');
    expect(xml).toContain('Астана қаласында 40 мектепте сабақ өтті.');
    expect(xml).toContain('Орындалуы туралы ақпарат');
    // The PDF carries every Kazakh letter as text (its fonts have them), not as boxes or question marks.
    await coordinator.request('PUT', `/api/v1/reporting/periods/${periodId}/measures/34/consolidation`, {
      kk: KAZAKH_LETTERS,
      ru: 'Акимат оснастил организации региона мебелью.',
      assessment: 'partially_executed',
    });
    await coordinator.request('POST', `/api/v1/reporting/periods/${periodId}/government-reports`, {
      language: 'kk',
    });
    await worker.runDue();
    const latest = (
      await coordinator.request('GET', `/api/v1/reporting/periods/${periodId}/government-reports`)
    ).json();
    const pdf = await coordinator.request('GET', latest.items[0].files[2].url);
    const dir = mkdtempSync(join(tmpdir(), 'qorgau-pdf-'));
    writeFileSync(join(dir, 'report.pdf'), pdf.rawPayload);
    const text = spawnSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], {
      encoding: 'utf8',
    }).stdout.replace(/\s+/g, ' ');
    rmSync(dir, { recursive: true, force: true });
    expect(text).toContain('Орындалуы туралы ақпарат');
    expect(text).toContain('Астана қаласында 40 мектепте сабақ өтті.');
    for (const letter of 'ӘәҒғҚқҢңӨөҰұҮүҺһІі') expect(text, letter).toContain(letter);
    // Somebody else's job does not exist for them.
    expect((await executor.request('GET', `/api/v1/jobs/${jobId}`)).statusCode).toBe(404);
  });
});
