import {
  ASSESSMENT_DOMAINS,
  type AssessmentDomain,
  type AssessmentV1,
  type CasePlanV1,
  CONCERN_GROUP_OF,
  type ConcernGroup,
  type DomainRating,
  type PersonRecordInput,
} from '@qorgau/domain/cases/index';
import { FAMILY_RELATION_LABELS } from '@qorgau/domain/cases/labels';
import { iinCheckDigit } from '@qorgau/domain/identity/iin';
import type { OrganisationType } from '@qorgau/domain/identity/organisation';
import { addDays, localDateOf } from '@qorgau/domain/protocol/kazakhstan-time';
import { and, eq, inArray } from 'drizzle-orm';
import {
  addNote,
  addTask,
  applyCaseCommand,
  assignWorker,
  changeReferral,
  changeTransfer,
  completeTask,
  raiseFlag,
  recordConsent,
  recordFirstContact,
  referCase,
  requestCaseTransfer,
  saveCaseForm,
} from '../modules/cases/case-actions.ts';
import { registerCase } from '../modules/cases/register-case.ts';
import type { Actor } from '../platform/access/actor.ts';
import { type AuditContext, writeAudit } from '../platform/audit/audit.ts';
import { auditEvents } from '../platform/audit/tables.ts';
import { loadActor } from '../platform/auth/actor-loader.ts';
import { users } from '../platform/auth/tables.ts';
import type { AppContext, Clock } from '../platform/context.ts';
import type { Database } from '../platform/db/database.ts';
import { organisations } from '../platform/directory/tables.ts';
import {
  DEMO_CASES,
  DEMO_WORKERS,
  type DemoCase,
  type DemoChild,
  type DemoWorker,
} from './demo-case-stories.ts';

/** The user agent of every audit event the demo cases write, so the trail says they were seeded. */
export const DEMO_CASES_AGENT = 'qorgau seed: demo cases';

const HOUR_MS = 3_600_000;

/**
 * The seed tells each story at the hours it happened: services read the time from the context's clock, so
 * a registration "20 days ago" is stamped 20 days ago, deadlines and clocks run from there, and what is
 * overdue today is overdue for real. The clock never passes the moment the seeding started.
 */
class StoryClock implements Clock {
  private at: number;
  constructor(at: number) {
    this.at = at;
  }
  now(): Date {
    return new Date(this.at);
  }
  set(at: number): void {
    this.at = at;
  }
}

interface OrganisationRef {
  id: string;
  type: OrganisationType;
  nameKk: string;
  nameRu: string;
}

interface Worker {
  actor: Actor;
  audit: AuditContext;
  locale: 'kk' | 'ru';
}

/** A valid IIN for a birth date and sex (century digit 5/6 for the 2000s), with a serial to tell children apart. */
export function demoIin(birthDate: string, sex: 'male' | 'female', serial: number): string {
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  for (let s = serial; ; s++) {
    const first11 = `${y.slice(2)}${m}${d}${sex === 'male' ? 5 : 6}${String(s % 10_000).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

/** The birth date of a child `months` old on `today`, on a day of the month that varies with the serial. */
function birthDateFor(today: string, months: number, serial: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(y, m - 1 - months, 1 + ((serial * 7) % 27)));
  return date.toISOString().slice(0, 10);
}

function childRecord(
  child: DemoChild,
  today: string,
  asOf: string,
  serial: number,
  orgs: Map<string, OrganisationRef>,
): PersonRecordInput {
  const months = child.age * 12 + (child.months ?? 0);
  const birthDate = child.estimated ? null : birthDateFor(today, months, serial);
  // A number issued after 2013 need not carry the birth date: one child's IIN shows the warning it causes.
  const iinDate = child.iin === 'mismatch' ? birthDateFor(today, months + 1, serial) : birthDate;
  const school = child.school ? orgs.get(child.school.organisation) : undefined;
  const [surname, givenName, patronymic] = child.name;
  return {
    name: { surname, givenName, patronymic: patronymic ?? null, writtenIn: child.writtenIn },
    latinName: child.latin ? { surname: child.latin[0], givenName: child.latin[1] } : null,
    iin: child.iin === 'none' || !iinDate ? null : demoIin(iinDate, child.sex, serial),
    birthDate,
    estimatedAge: child.estimated ? { years: child.age, asOf } : null,
    sex: child.sex,
    citizenship: 'KZ',
    address: { katoCode: child.home, line: child.street },
    school:
      child.school && school
        ? {
            organisationId: school.id,
            name: child.writtenIn === 'kk' ? school.nameKk : school.nameRu,
            grade: child.school.grade,
            letter: child.school.letter,
          }
        : null,
    languages: [...child.languages],
    disability: child.disability ?? null,
    family: child.family.map((relative) => ({
      relation: relative.relation,
      name: {
        surname: relative.name[0],
        givenName: relative.name[1],
        patronymic: relative.name[2] ?? null,
        writtenIn: child.writtenIn,
      },
      isLegalRepresentative: relative.legal,
      livesWithChild: relative.lives,
      safeToContact: relative.safe,
      contacts: relative.phone ? [{ kind: 'phone' as const, value: relative.phone }] : [],
    })),
  };
}

const TEXT = {
  childViews: {
    kk: 'Бала болған жайды өз сөзімен айтып берді, көмек алғысы келетінін айтты.',
    ru: 'Ребёнок своими словами рассказал о случившемся и сказал, что хочет помощи.',
  },
  strengths: {
    kk: ['Бала мектепке тұрақты барады', 'Отбасында баланы қолдайтын ересек бар'],
    ru: ['Ребёнок регулярно посещает школу', 'В семье есть взрослый, который поддерживает ребёнка'],
  },
  needs: {
    kk: ['Психологиялық қолдау', 'Отбасымен жүйелі жұмыс'],
    ru: ['Психологическая поддержка', 'Систематическая работа с семьёй'],
  },
  goal2: {
    kk: 'Баланың эмоционалдық жағдайын жақсарту',
    ru: 'Улучшить эмоциональное состояние ребёнка',
  },
  measure1: {
    kk: 'Бақылау кезеңінде жаңа оқиға тіркелмеді',
    ru: 'За период наблюдения новых случаев не зафиксировано',
  },
  measure2: {
    kk: 'Психолог бағалауы бойынша жағдайы тұрақты',
    ru: 'Состояние стабильно по оценке психолога',
  },
  counselling: { kk: 'Психологпен жеке кездесулер', ru: 'Индивидуальные встречи с психологом' },
  weekly: { kk: 'аптасына бір рет', ru: 'раз в неделю' },
  safetyStep: {
    kk: 'Бала мен анасына шұғыл байланыс нөмірлерін (102, 111) беру және қауіп төнгенде кімге жүгінетінін келісу',
    ru: 'Дать ребёнку и матери экстренные номера (102, 111) и договориться, к кому обращаться в опасной ситуации',
  },
} as const;

const GOAL: Record<ConcernGroup, { kk: string; ru: string; domain: AssessmentDomain }> = {
  abuse: {
    kk: 'Баланың зорлық-зомбылықтан қорғалуын қамтамасыз ету',
    ru: 'Обеспечить защиту ребёнка от насилия',
    domain: 'safety',
  },
  neglect: {
    kk: 'Баланың тамағы, киімі және медициналық көмегі тұрақты қамтамасыз етілсін',
    ru: 'Обеспечить регулярное питание, одежду и медицинскую помощь',
    domain: 'living_conditions',
  },
  violence_witnessed: {
    kk: 'Бала үйде зорлық-зомбылыққа куә болмайтын жағдай жасау',
    ru: 'Исключить присутствие ребёнка при насилии в семье',
    domain: 'family_relationships',
  },
  peer_violence: {
    kk: 'Мектепте қауіпсіз орта қалыптастыру, буллингті тоқтату',
    ru: 'Прекратить травлю и создать безопасную среду в школе',
    domain: 'education_and_development',
  },
  self_harm_and_suicide: {
    kk: 'Суицид қаупін төмендету: баланың қауіпсіздік жоспары болсын',
    ru: 'Снизить суицидальный риск: у ребёнка есть план безопасности',
    domain: 'emotional_and_behavioural',
  },
  missing: {
    kk: 'Баланың үйден кетуінің себептерін жою',
    ru: 'Устранить причины уходов из дома',
    domain: 'family_relationships',
  },
  exploitation: {
    kk: 'Баланы еңбек қанауынан шығару, сабаққа тұрақты қатысуын қамтамасыз ету',
    ru: 'Прекратить эксплуатацию, вернуть ребёнка к регулярной учёбе',
    domain: 'economic_situation',
  },
  substance_use: {
    kk: 'Психобелсенді заттарды тұтынуды тоқтату',
    ru: 'Прекратить употребление психоактивных веществ',
    domain: 'health',
  },
  offence: {
    kk: 'Қайталанған құқық бұзушылықтың алдын алу',
    ru: 'Предупредить повторные правонарушения',
    domain: 'social_connections',
  },
  online_harm: {
    kk: 'Баланың интернеттегі қауіпсіздігін қамтамасыз ету',
    ru: 'Обеспечить безопасность ребёнка в интернете',
    domain: 'safety',
  },
};

const groupsOf = (c: DemoCase): ConcernGroup[] => [...new Set(c.concerns.map((x) => CONCERN_GROUP_OF[x]))];

function assessmentFor(c: DemoCase, locale: 'kk' | 'ru', on: string): AssessmentV1 {
  const serious = c.risk === 'immediate' || c.risk === 'high';
  const focus = new Set(groupsOf(c).map((g) => GOAL[g].domain));
  const rating = (domain: AssessmentDomain): DomainRating => {
    if (domain === 'safety') return serious ? 'serious_concern' : 'some_concern';
    if (focus.has(domain)) return serious ? 'serious_concern' : 'some_concern';
    if (domain === 'emotional_and_behavioural') return 'some_concern';
    return domain === 'economic_situation' ? 'not_known' : 'no_concern';
  };
  const closes = c.steps.some(
    (s) => s.action.kind === 'command' && s.action.command.type === 'request_closure',
  );
  const plans = c.steps.some((s) => s.action.kind === 'plan');
  return {
    version: 1,
    assessedOn: on,
    informationSources: ['child_interview', 'parent_interview', 'school'],
    childSeen: true,
    childViews: TEXT.childViews[locale],
    safety: {
      immediateDanger: c.risk === 'immediate',
      perpetratorHasAccess: c.incident.perpetrator?.livesWithChild ?? false,
      protectiveAdultPresent: true,
      notes: null,
    },
    domains: Object.fromEntries(
      ASSESSMENT_DOMAINS.map((d) => [d, { rating: rating(d) }]),
    ) as AssessmentV1['domains'],
    strengths: [...TEXT.strengths[locale]],
    needs: [...TEXT.needs[locale]],
    riskLevel: c.risk,
    riskReasoning: c.reason,
    recommendation: closes && !plans ? 'close' : 'case_plan',
  };
}

function planFor(
  c: DemoCase,
  worker: Worker,
  on: string,
  owner: OrganisationRef,
  partners: { organisation: OrganisationRef; service: CasePlanV1['interventions'][number]['type'] }[],
): CasePlanV1 {
  const locale = worker.locale;
  const serious = c.risk === 'immediate' || c.risk === 'high';
  const groups = groupsOf(c);
  const main = GOAL[groups[0] ?? 'abuse'];
  const responsibleOwner = {
    organisationId: owner.id,
    organisationType: owner.type,
    userId: worker.actor.userId,
    personName: worker.actor.fullName,
  };
  const safeAdult = c.child.family.find((r) => r.safe && r.legal);
  const victim = groups.includes('abuse');
  return {
    version: 1,
    goals: [
      {
        id: 'g1',
        description: main[locale],
        domain: main.domain,
        measure: TEXT.measure1[locale],
        targetDate: addDays(on, 90),
      },
      {
        id: 'g2',
        description: TEXT.goal2[locale],
        domain: 'emotional_and_behavioural',
        measure: TEXT.measure2[locale],
        targetDate: addDays(on, 60),
      },
    ],
    interventions: [
      {
        id: 'i1',
        goalIds: ['g2'],
        type: 'psychological_counselling',
        description: TEXT.counselling[locale],
        responsible: responsibleOwner,
        startDate: on,
        dueDate: addDays(on, 60),
        frequency: TEXT.weekly[locale],
      },
      ...partners.map((p, i) => ({
        id: `i${i + 2}`,
        goalIds: ['g1'],
        type: p.service,
        responsible: { organisationId: p.organisation.id, organisationType: p.organisation.type },
        startDate: on,
        dueDate: addDays(on, 30),
      })),
    ],
    safetyPlan: {
      needed: serious,
      steps: serious
        ? [{ action: TEXT.safetyStep[locale], responsible: responsibleOwner, dueDate: addDays(on, 3) }]
        : [],
      safeAdults: safeAdult
        ? [
            {
              name: `${safeAdult.name[1]} ${safeAdult.name[0]}`,
              relation: FAMILY_RELATION_LABELS[safeAdult.relation][locale],
            },
          ]
        : [],
      childKnowsHowToGetHelp: true,
    },
    rehabilitation:
      victim || groups.includes('violence_witnessed')
        ? [
            {
              service: 'psychological',
              childWas: victim ? 'victim' : 'witness',
              responsible: responsibleOwner,
              startDate: on,
              dueDate: addDays(on, 90),
            },
          ]
        : [],
    reviewDate: addDays(on, 30),
  };
}

async function loadWorkers(db: Database): Promise<Map<DemoWorker, Worker>> {
  const rows = await db
    .select({ id: users.id, username: users.username, locale: users.locale })
    .from(users)
    .where(inArray(users.username, [...DEMO_WORKERS]));
  const workers = new Map<DemoWorker, Worker>();
  for (const row of rows) {
    const actor = await loadActor(db, row.id, 'demo-seed');
    if (!actor) continue;
    workers.set(row.username as DemoWorker, {
      actor,
      audit: {
        actor: {
          userId: actor.userId,
          username: actor.username,
          organisationId: actor.organisationId,
          regionCode: actor.regionCode,
        },
        userAgent: DEMO_CASES_AGENT,
      },
      locale: row.locale === 'kk' ? 'kk' : 'ru',
    });
  }
  const missing = DEMO_WORKERS.filter((w) => !workers.has(w));
  if (missing.length > 0)
    throw new Error(`demo cases need the demo accounts; missing: ${missing.join(', ')}`);
  return workers;
}

async function loadOrganisations(db: Database): Promise<Map<string, OrganisationRef>> {
  const rows = await db
    .select({
      id: organisations.id,
      code: organisations.code,
      type: organisations.type,
      nameKk: organisations.nameKk,
      nameRu: organisations.nameRu,
    })
    .from(organisations);
  return new Map(
    rows.map((r) => [
      r.code,
      { id: r.id, type: r.type as OrganisationType, nameKk: r.nameKk, nameRu: r.nameRu },
    ]),
  );
}

/** True when the demo cases were seeded before (their registrations are in the audit log under the seed's name). */
export async function demoCasesSeeded(db: Database): Promise<boolean> {
  const [row] = await db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, 'case.registered'), eq(auditEvents.userAgent, DEMO_CASES_AGENT)))
    .limit(1);
  return !!row;
}

/** Tells one case's story through the services, at the hours it happened. */
async function tell(
  ctx: AppContext,
  clock: StoryClock,
  start: number,
  c: DemoCase,
  serial: number,
  workers: Map<DemoWorker, Worker>,
  orgs: Map<string, OrganisationRef>,
): Promise<void> {
  const registeredAt = start - c.hoursAgo * HOUR_MS;
  const worker = (name: DemoWorker) => workers.get(name) as Worker;
  const organisation = (code: string) => {
    const found = orgs.get(code);
    if (!found) throw new Error(`demo case ${c.key}: unknown organisation ${code}`);
    return found;
  };
  const byId = new Map([...orgs.values()].map((o) => [o.id, o]));
  const registrar = worker(c.by);
  clock.set(registeredAt);
  const today = localDateOf(registeredAt);
  // Birth dates from the day of the seeding (the same child's records agree); an estimated age as of the day of
  // the registration, which the registration refuses to be later than its own day.
  const record = childRecord(c.child, localDateOf(start), today, serial, orgs);
  const family = record.family ?? [];
  const { caseId } = await registerCase(ctx, registrar.actor, registrar.audit, {
    source: c.source,
    reporter:
      c.source === 'citizen'
        ? { anonymous: true, name: null, contact: null }
        : c.source === 'family_member' && family[0]
          ? {
              anonymous: false,
              name: `${family[0].name.givenName} ${family[0].name.surname}`,
              contact: family[0].contacts?.[0]?.value ?? null,
            }
          : null,
    reportedAt: new Date(registeredAt - 0.25 * HOUR_MS).toISOString(),
    concerns: c.concerns,
    child: record,
    incident: {
      occurredOn: addDays(today, -c.incident.daysBefore),
      approximate: false,
      place: c.incident.place,
      katoCode: c.child.home,
      description: c.incident.text,
      perpetrators: c.incident.perpetrator
        ? [
            {
              relation: c.incident.perpetrator.relation,
              familyMemberIndex: c.incident.perpetrator.familyMember ?? null,
              livesWithChild: c.incident.perpetrator.livesWithChild ?? null,
            },
          ]
        : [],
    },
    triage: { riskLevel: c.risk, reason: c.reason },
  });

  const referralsMade: {
    id: string;
    from: string;
    to: string;
    service: CasePlanV1['interventions'][number]['type'];
  }[] = [];
  const tasks: string[] = [];
  const transfersAsked: string[] = [];
  const steps = [...c.steps].sort((a, b) => a.at - b.at);
  for (const [index, s] of steps.entries()) {
    const at = registeredAt + s.at * HOUR_MS;
    if (at > start) throw new Error(`demo case ${c.key}: step ${index} would happen in the future`);
    clock.set(at);
    const w = worker(s.by);
    const { actor, audit } = w;
    const a = s.action;
    try {
      switch (a.kind) {
        case 'contact':
          await recordFirstContact(ctx, actor, audit, caseId, {});
          break;
        case 'command':
          await applyCaseCommand(ctx, actor, audit, caseId, a.command);
          break;
        case 'assessment':
          await saveCaseForm(
            ctx,
            actor,
            audit,
            caseId,
            'assessment',
            assessmentFor(c, w.locale, localDateOf(at)),
          );
          break;
        case 'plan': {
          const partners = referralsMade.flatMap((r) => {
            const target = byId.get(r.to);
            return target ? [{ organisation: target, service: r.service }] : [];
          });
          const owner = byId.get(actor.organisationId) as OrganisationRef;
          await saveCaseForm(
            ctx,
            actor,
            audit,
            caseId,
            'case_plan',
            planFor(c, w, localDateOf(at), owner, partners),
          );
          break;
        }
        case 'consent':
          await recordConsent(ctx, actor, audit, caseId, {
            status: 'given',
            givenBy: a.givenBy,
            organisationTypes: a.types,
          });
          break;
        case 'refer': {
          const target = organisation(a.to);
          const referral = await referCase(ctx, actor, audit, caseId, {
            toOrganisationId: target.id,
            service: a.service,
            note: a.note ?? null,
            overrideReason: a.overrideReason ?? null,
          });
          referralsMade.push({
            id: referral.id,
            from: referral.fromOrganisationId,
            to: target.id,
            service: a.service,
          });
          break;
        }
        case 'accept':
        case 'decline':
        case 'complete': {
          const referral = referralsMade.findLast((r) => r.to === actor.organisationId);
          if (!referral) throw new Error('no referral to this organisation');
          await changeReferral(
            ctx,
            actor,
            audit,
            referral.id,
            a.kind === 'accept'
              ? { type: 'accept' }
              : a.kind === 'decline'
                ? { type: 'decline', reason: a.reason, ...(a.comment ? { comment: a.comment } : {}) }
                : { type: 'complete', outcome: a.outcome, summary: a.summary },
          );
          break;
        }
        case 'cancel': {
          const referral = referralsMade.findLast((r) => r.from === actor.organisationId);
          if (!referral) throw new Error('no referral from this organisation');
          await changeReferral(ctx, actor, audit, referral.id, { type: 'cancel', reason: a.reason });
          break;
        }
        case 'task': {
          const { id } = await addTask(ctx, actor, audit, caseId, {
            title: a.title,
            dueAt: new Date(at + a.dueAfterHours * HOUR_MS).toISOString(),
            assigneeUserId: (a.assignee ? worker(a.assignee).actor : actor).userId,
          });
          tasks.push(id);
          break;
        }
        case 'done': {
          const taskId = tasks[a.task];
          if (!taskId) throw new Error(`no task ${a.task}`);
          await completeTask(ctx, actor, audit, caseId, taskId, { result: a.result });
          break;
        }
        case 'note':
          await addNote(ctx, actor, audit, caseId, a.text);
          break;
        case 'flag':
          await raiseFlag(ctx, actor, audit, caseId, { reason: a.reason, note: a.note ?? null });
          break;
        case 'assign':
          await assignWorker(ctx, actor, audit, caseId, worker(a.worker).actor.userId);
          break;
        case 'transfer': {
          const transfer = await requestCaseTransfer(ctx, actor, audit, caseId, {
            toOrganisationId: organisation(a.to).id,
            toUserId: a.toWorker ? worker(a.toWorker).actor.userId : null,
            reason: a.reason,
          });
          transfersAsked.push(transfer.id);
          break;
        }
        case 'accept_transfer': {
          const transferId = transfersAsked.at(-1);
          if (!transferId) throw new Error('no transfer to accept');
          await changeTransfer(ctx, actor, audit, transferId, { type: 'accept', ownerUserId: null });
          break;
        }
      }
    } catch (error) {
      throw new Error(`demo case ${c.key}, step ${index} (${a.kind} by ${s.by}) failed: ${String(error)}`, {
        cause: error,
      });
    }
  }
}

/**
 * Seeds the demo cases through the case services, as the demo accounts, in one transaction: either every
 * story is told or none is. Idempotent: when the demo cases were seeded before, nothing happens. Needs the
 * demo organisations and accounts (`seedDemo`).
 */
export async function seedDemoCases(ctx: AppContext): Promise<{ cases: number }> {
  if (await demoCasesSeeded(ctx.db)) return { cases: 0 };
  const start = ctx.clock.now().getTime();
  const clock = new StoryClock(start);
  return ctx.db.transaction(async (tx) => {
    // Services open their own transactions; inside this one they become savepoints.
    const db = tx as unknown as Database;
    const story: AppContext = { ...ctx, db, clock };
    const workers = await loadWorkers(db);
    const orgs = await loadOrganisations(db);
    // Oldest first, so case numbers follow the order the cases were opened in.
    const ordered = DEMO_CASES.map((c, i) => ({ c, serial: 7001 + i })).sort(
      (a, b) => b.c.hoursAgo - a.c.hoursAgo,
    );
    for (const { c, serial } of ordered) await tell(story, clock, start, c, serial, workers, orgs);
    await writeAudit(
      tx,
      { userAgent: DEMO_CASES_AGENT },
      { action: 'system.seeded', details: { demoCases: DEMO_CASES.length } },
      new Date(start),
    );
    return { cases: DEMO_CASES.length };
  });
}
