import type { ExecutionStatus } from '@qorgau/domain/reporting/index';
import { and, eq } from 'drizzle-orm';
import { plans } from '../modules/plans/tables.ts';
import {
  openPeriod,
  readObligation,
  reviewReport,
  saveConsolidation,
  saveDraft,
  submitReport,
} from '../modules/reporting/service.ts';
import { reportingObligations, reportingPeriods } from '../modules/reporting/tables.ts';
import type { Actor } from '../platform/access/actor.ts';
import type { AuditContext } from '../platform/audit/audit.ts';
import { loadActor } from '../platform/auth/actor-loader.ts';
import { users } from '../platform/auth/tables.ts';
import type { AppContext } from '../platform/context.ts';

// The demo's 2020 reporting period of the 2020 roadmap, as it stood after the Government report was due:
// the four demo focal points' organisations reported — most on time, some late, one report returned,
// some accepted, a few left as drafts — and everyone else did not, so every screen shows something true.

const AUDIT: AuditContext = { userAgent: 'qorgau seed' };

/** Instants of the story, in Kazakhstan's January 2021. */
const at = (day: number, hour = 10) => new Date(Date.UTC(2021, 0, day, hour - 6, 0, 0));

const TEXTS: Record<ExecutionStatus, { kk: string; ru: string }> = {
  executed: {
    kk: 'Іс-шара толық көлемде орындалды. Есепті кезеңде {{events}} іс-шара өткізілді, оларға {{people}} адам қатысты. Нәтижелері ведомствоаралық кеңесте талқыланды.',
    ru: 'Мероприятие исполнено в полном объеме. За отчетный период проведено мероприятий: {{events}}, в них приняли участие {{people}} человек. Итоги рассмотрены на межведомственном совещании.',
  },
  partially_executed: {
    kk: 'Іс-шара ішінара орындалды: {{events}} іс-шара өткізілді ({{people}} қатысушы), жоспарланған жұмыстың қалған бөлігі 2021 жылға ауыстырылды.',
    ru: 'Мероприятие исполнено частично: проведено мероприятий — {{events}} ({{people}} участников), оставшаяся часть работ перенесена на 2021 год.',
  },
  in_progress: {
    kk: 'Іс-шара орындалу үстінде: жобаны әзірлеу жалғасуда, мүдделі мемлекеттік органдармен келісу жүргізілуде.',
    ru: 'Мероприятие в процессе исполнения: продолжается разработка проекта, ведется согласование с заинтересованными государственными органами.',
  },
  not_executed: {
    kk: 'Іс-шара есепті кезеңде орындалмады.',
    ru: 'Мероприятие в отчетном периоде не исполнено.',
  },
};

const STATUSES: readonly ExecutionStatus[] = [
  'executed',
  'executed',
  'partially_executed',
  'in_progress',
  'executed',
  'not_executed',
];

/** Opens the demo period and writes its reports; does nothing when the 2020 roadmap already has a period. */
export async function seedReporting(ctx: AppContext): Promise<{ opened: boolean; reports: number }> {
  const [plan] = await ctx.db
    .select()
    .from(plans)
    .where(and(eq(plans.actNumber, '156'), eq(plans.actDate, '2020-03-30')));
  if (!plan) return { opened: false, reports: 0 };
  const [existing] = await ctx.db
    .select()
    .from(reportingPeriods)
    .where(eq(reportingPeriods.planId, plan.id))
    .limit(1);
  if (existing) return { opened: false, reports: 0 };

  const actorOf = async (username: string): Promise<Actor | null> => {
    const [row] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.username, username));
    return row ? loadActor(ctx.db, row.id, 'seed') : null;
  };
  const coordinator = await actorOf('coordinator');
  if (!coordinator) return { opened: false, reports: 0 };
  const when = (date: Date): AppContext => ({ ...ctx, clock: { now: () => date } });

  const opened = await openPeriod(when(at(4)), coordinator, AUDIT, 'kk', {
    planId: plan.id,
    year: 2020,
    part: 1,
    dryRun: false,
  });
  const periodId = opened.period.id as string;
  let reports = 0;
  for (const [username, lateness] of [
    ['executor', 0],
    ['akimat', 0],
    ['akimat2', 1],
    ['executor2', 2],
  ] as const) {
    const actor = await actorOf(username);
    if (!actor) continue;
    const mine = await ctx.db
      .select({ id: reportingObligations.id, measure: reportingObligations.measureNumber })
      .from(reportingObligations)
      .where(
        and(
          eq(reportingObligations.periodId, periodId),
          eq(reportingObligations.organisationId, actor.organisationId),
        ),
      )
      .orderBy(reportingObligations.measureNumber);
    for (const [index, obligation] of mine.entries()) {
      const slot = (index + lateness * 3) % 10;
      // 9: nothing at all; 8: a draft that was never sent.
      if (slot === 9) continue;
      const status = STATUSES[(index + obligation.measure) % STATUSES.length] ?? 'executed';
      const events = 2 + ((obligation.measure * 7 + index) % 9);
      const people = events * (25 + ((obligation.measure * 13) % 40));
      const fill = (text: string) =>
        text.replace('{{events}}', String(events)).replace('{{people}}', String(people));
      const detail = await readObligation(ctx, actor, 'kk', obligation.id);
      const language = actor.locale === 'ru' ? 'ru' : 'kk';
      const report = {
        status,
        reason:
          status === 'not_executed'
            ? language === 'kk'
              ? 'Қаржыландыру бөлінбеді.'
              : 'Финансирование не выделено.'
            : null,
        text: { [language]: fill(TEXTS[status][language]) },
        document: detail.form.documentRequired
          ? {
              type: language === 'kk' ? 'бұйрық' : 'приказ',
              number: `${100 + obligation.measure}`,
              date: '2020-11-20',
            }
          : null,
        indicators:
          status === 'in_progress' || status === 'not_executed'
            ? {}
            : { events_held: events, participants: people },
        spending: detail.measure.plannedMln
          ? {
              [detail.measure.sources.includes('local') ? 'local' : 'republican']:
                Math.round(detail.measure.plannedMln * 0.8 * 10) / 10,
            }
          : {},
      };
      if (slot === 8) {
        await saveDraft(when(at(9)), actor, AUDIT, 'kk', obligation.id, report);
        continue;
      }
      // Slot 6 (and everything of a late reporter) comes in after the 10 January deadline.
      const late = slot === 6 || lateness === 2;
      await submitReport(
        when(late ? at(14 + (index % 3)) : at(7 + (index % 3))),
        actor,
        AUDIT,
        'kk',
        obligation.id,
        report,
      );
      reports++;
      if (slot <= 3)
        await reviewReport(when(at(20)), coordinator, AUDIT, 'kk', obligation.id, 'accept', null);
      else if (slot === 7)
        await reviewReport(
          when(at(19)),
          coordinator,
          AUDIT,
          'kk',
          obligation.id,
          'return',
          'Көрсеткіштерді нақтылаңыз: қатысушылар саны өткізілген іс-шаралардың тізіміне сәйкес келмейді.',
        );
    }
  }
  // The coordinator has already consolidated one measure that only the akimats answer for.
  await saveConsolidation(when(at(22)), coordinator, AUDIT, 'kk', periodId, 34, {
    kk: 'Астана қаласының және Қарағанды облысының әкімдіктері мүгедек балалар мен ерекше білім беру қажеттіліктері бар балалардың білімге қол жеткізуіне және олардың отбасыларының қажеттіліктеріне мониторинг жүргізді, деректер базасы жаңартылды. Қалған өңірлер ақпарат ұсынбады.',
    ru: 'Акиматы города Астаны и Карагандинской области провели мониторинг доступа детей с инвалидностью и детей с особыми образовательными потребностями к образованию и потребностей их семей, база данных обновлена. Остальные регионы информацию не представили.',
    assessment: 'partially_executed',
  });
  return { opened: true, reports };
}
