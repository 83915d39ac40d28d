import { describe, expect, it } from 'vitest';
import { caseLabelCatalog, LABEL_LOCALES } from '../cases/labels.ts';
import * as protocol from './index.ts';
import {
  DISPATCH_STATUSES,
  KDN_DECISION_TASKS,
  KDN_DECISION_TYPES,
  KDN_TASK_KINDS,
  PREVENTION_ACTIVITIES,
  PREVENTION_PARTICIPANTS,
  PROTOCOL_ACTIONS,
  RESOLUTION_ORDER,
  TERTIARY_PREVENTION_TEMPLATES,
} from './index.ts';
import * as labelModule from './labels.ts';
import {
  KDN_TASK_LABELS,
  type Labels,
  PROTOCOL_LABELS,
  PROTOCOL_TASK_LABELS,
  protocolLabelCatalog,
  withinLabel,
} from './labels.ts';

type LabelList = Readonly<Record<string, Labels>>;

/** Kazakh and Russian labels may hold Latin letters only inside these abbreviations (none so far). */
const LATIN_ABBREVIATIONS: readonly string[] = [];
const withoutAbbreviations = (text: string) =>
  LATIN_ABBREVIATIONS.reduce((rest, word) => rest.replaceAll(word, ''), text.replace(/\{\{\w+\}\}/g, ''));

/** Labels written the same in Kazakh and Russian; anything else is untranslated. */
const KAZAKH_SAME_AS_RUSSIAN = new Set<string>([]);

/** The labels that take a count. */
const COUNTED = new Set(['WITHIN_LABELS.hours', 'WITHIN_LABELS.days']);

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

const exportedLists = Object.entries(labelModule).filter(
  (entry): entry is [string, LabelList] =>
    /_(LABELS|MESSAGES)$/.test(entry[0]) && entry[0] !== 'PROTOCOL_LABELS',
);
const allLabels = exportedLists.flatMap(([list, labels]) =>
  Object.entries(labels).map(([code, label]) => ({ where: `${list}.${code}`, list, label })),
);

describe('the protocol labels', () => {
  it('label every code of every list exactly', () => {
    const lists: [readonly string[], LabelList][] = [
      [PROTOCOL_ACTIONS, PROTOCOL_LABELS.action],
      [KDN_DECISION_TYPES, PROTOCOL_LABELS.kdn],
      [KDN_TASK_KINDS, KDN_TASK_LABELS],
      [PREVENTION_PARTICIPANTS, PROTOCOL_LABELS.participant],
      [PREVENTION_ACTIVITIES, PROTOCOL_LABELS.activity],
      [DISPATCH_STATUSES, PROTOCOL_LABELS.dispatch],
      [[...new Set(Object.values(RESOLUTION_ORDER).flat())], PROTOCOL_LABELS.resolution],
      [PROTOCOL_ACTIONS.map((a) => `protocol.${a}`), PROTOCOL_TASK_LABELS],
    ];
    for (const [codes, labels] of lists) expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  });

  it('label every task a KDN decision and every activity a prevention template can create', () => {
    for (const tasks of Object.values(KDN_DECISION_TASKS))
      for (const task of tasks) expect(KDN_TASK_LABELS, task.kind).toHaveProperty([task.kind]);
    for (const templates of Object.values(TERTIARY_PREVENTION_TEMPLATES))
      for (const t of templates) expect(PROTOCOL_LABELS.activity, t.activity).toHaveProperty([t.activity]);
  });

  it('cover every list of codes protocol/ exports, so a new list without labels fails', () => {
    const records: LabelList[] = [...Object.values(PROTOCOL_LABELS), KDN_TASK_LABELS];
    const unlabelled = Object.entries(protocol as Record<string, unknown>)
      .filter(
        (entry): entry is [string, readonly string[]] =>
          Array.isArray(entry[1]) && entry[1].every((v) => typeof v === 'string'),
      )
      .flatMap(([name, codes]) =>
        codes
          .filter((code) => !records.some((r) => Object.hasOwn(r, code)))
          .map((code) => `${name}: ${code}`),
      );
    expect(unlabelled).toEqual([]);
  });

  it('have three non-empty labels without stray spaces for every code', () => {
    expect(allLabels.length).toBeGreaterThan(80);
    for (const { where, label } of allLabels) {
      expect(Object.keys(label).sort(), where).toEqual([...LABEL_LOCALES].sort());
      for (const locale of LABEL_LOCALES) {
        const text = label[locale];
        expect(text.trim(), `${where}.${locale}`).not.toBe('');
        expect(text, `${where}.${locale}`).toBe(text.trim());
        expect(text, `${where}.${locale}`).not.toMatch(/\s{2}/);
      }
    }
  });

  it('are translated: Kazakh and Russian differ from English, and Kazakh from Russian', () => {
    expect(allLabels.filter(({ label }) => label.kk === label.en || label.ru === label.en)).toEqual([]);
    const kazakhAsRussian = allLabels.filter(
      ({ label }) => label.kk === label.ru && !KAZAKH_SAME_AS_RUSSIAN.has(label.kk),
    );
    expect(kazakhAsRussian.map((l) => l.where)).toEqual([]);
  });

  it('write each language in its own letters', () => {
    for (const { where, label } of allLabels) {
      expect(withoutAbbreviations(label.kk), `${where}.kk`).not.toMatch(/[A-Za-z]/);
      expect(label.kk, `${where}.kk`).toMatch(/[\p{Script=Cyrillic}]/u);
      expect(withoutAbbreviations(label.ru), `${where}.ru`).not.toMatch(/[A-Za-zәғқңөұүһіӘҒҚҢӨҰҮҺІ]/);
      expect(label.en, `${where}.en`).not.toMatch(/[\p{Script=Cyrillic}]/u);
    }
  });

  it('use the same placeholders in every language, {{count}} only where a count is given', () => {
    for (const { where, label } of allLabels) {
      expect(placeholders(label.kk), `${where}.kk`).toEqual(placeholders(label.en));
      expect(placeholders(label.ru), `${where}.ru`).toEqual(placeholders(label.en));
      expect(placeholders(label.en), where).toEqual(COUNTED.has(where) ? ['count'] : []);
    }
  });

  it('keep labels short and write messages as sentences', () => {
    for (const { where, list, label } of allLabels) {
      for (const locale of LABEL_LOCALES) {
        const text = label[locale];
        if (list.endsWith('_MESSAGES')) expect(text, `${where}.${locale}`).toMatch(/^\p{Lu}.*\.$/u);
        else expect(text.length, `${where}.${locale}`).toBeLessThanOrEqual(90);
      }
    }
  });
});

describe('withinLabel', () => {
  it('writes the named limits and counted ones with the right plural', () => {
    expect(withinLabel('immediately', 'kk')).toBe('Дереу');
    expect(withinLabel('same_day', 'ru')).toBe('В тот же день');
    expect(withinLabel({ hours: 24 }, 'kk')).toBe('24 сағат ішінде');
    expect(withinLabel({ hours: 1 }, 'ru')).toBe('В течение 1 часа');
    expect(withinLabel({ hours: 2 }, 'ru')).toBe('В течение 2 часов');
    expect(withinLabel({ hours: 21 }, 'ru')).toBe('В течение 21 часа');
    expect(withinLabel({ hours: 11 }, 'ru')).toBe('В течение 11 часов');
    expect(withinLabel({ hours: 1.5 }, 'ru')).toBe('В течение 1,5 часа');
    expect(withinLabel({ days: 3 }, 'ru')).toBe('В течение 3 дней');
    expect(withinLabel({ days: 31 }, 'ru')).toBe('В течение 31 дня');
    expect(withinLabel({ days: 1 }, 'en')).toBe('Within 1 day');
    expect(withinLabel({ days: 10 }, 'en')).toBe('Within 10 days');
    expect(withinLabel({ hours: 1.5 }, 'en')).toBe('Within 1.5 hours');
  });
});

describe('the flat protocol catalogue', () => {
  const en = protocolLabelCatalog('en');

  it('has one key per label, the same keys in every language', () => {
    const expected =
      Object.values(PROTOCOL_LABELS).reduce((n, list: LabelList) => n + Object.keys(list).length, 0) +
      Object.keys(KDN_TASK_LABELS).length +
      Object.keys(PROTOCOL_TASK_LABELS).length;
    expect(Object.keys(en)).toHaveLength(expected);
    for (const locale of LABEL_LOCALES)
      expect(Object.keys(protocolLabelCatalog(locale)).sort()).toEqual(Object.keys(en).sort());
  });

  it('has a key for every code the protocol lists', () => {
    const keys = [
      ...PROTOCOL_ACTIONS.map((c) => `protocol.action.${c}`),
      ...KDN_DECISION_TYPES.map((c) => `protocol.kdn.${c}`),
      ...PREVENTION_PARTICIPANTS.map((c) => `protocol.participant.${c}`),
      ...PREVENTION_ACTIVITIES.map((c) => `protocol.activity.${c}`),
      ...DISPATCH_STATUSES.map((c) => `protocol.dispatch.${c}`),
      ...KDN_TASK_KINDS.map((kind) => `task.${kind}`),
      ...PROTOCOL_ACTIONS.map((c) => `task.protocol.${c}`),
      ...['immediately', 'same_day', 'hours', 'days'].map((c) => `protocol.within.${c}`),
    ];
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });

  it('uses the documented keys', () => {
    expect(en['protocol.action.notify']).toBe('Notification');
    expect(protocolLabelCatalog('ru')['protocol.kdn.warning']).toBe('Предупреждение');
    expect(protocolLabelCatalog('kk')['task.kdn.check_fine_paid']).toBe('Айыппұлдың төленуін тексеру');
    expect(en['task.protocol.examine']).toBe(en['protocol.action.examine']);
  });

  it('shares no key with the case catalogue', () => {
    const cases = caseLabelCatalog('en');
    expect(Object.keys(en).filter((k) => k in cases)).toEqual([]);
  });
});
