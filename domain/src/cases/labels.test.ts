import { describe, expect, it } from 'vitest';
import * as cases from './index.ts';
import {
  APPROVAL_STATUSES,
  APPROVAL_SUBJECTS,
  ASSESSMENT_DOMAINS,
  ASSESSMENT_RECOMMENDATIONS,
  CASE_CODE_LISTS,
  CASE_RELATIONS,
  CASE_STAGES,
  DOMAIN_RATINGS,
  FAMILY_RELATIONS,
  FORM_NAMES,
  INFORMATION_SOURCES,
  REFERRAL_STATUSES,
  TASK_STATUSES,
  TRANSFER_STATUSES,
  TRANSITION_PERMISSIONS,
  TRIAGE_STATUSES,
  VALIDATION_KEYS,
  WARNING_KEYS,
} from './index.ts';
import * as labelModule from './labels.ts';
import {
  CASE_CODE_LIST_LABELS,
  CASE_CODE_LIST_SEGMENTS,
  CASE_LABELS,
  caseLabelCatalog,
  LABEL_LOCALES,
  type Labels,
  VALIDATION_MESSAGES,
  WARNING_MESSAGES,
} from './labels.ts';

type LabelList = Readonly<Record<string, Labels>>;

// Exported arrays of codes that are labelled elsewhere: roles by the web's `role.*` catalogue.
const LABELLED_ELSEWHERE = new Set(['CASE_WORK_ROLES']);

/** Kazakh and Russian labels may hold Latin letters only inside these abbreviations. */
const LATIN_ABBREVIATIONS = ['JSON'];
const withoutAbbreviations = (text: string) =>
  LATIN_ABBREVIATIONS.reduce((rest, word) => rest.replaceAll(word, ''), text.replace(/\{\{\w+\}\}/g, ''));

/** Labels that are written the same in Kazakh and Russian (loanwords, names); anything else is untranslated. */
const KAZAKH_SAME_AS_RUSSIAN = new Set(['Полиция', 'Скрининг', 'Телефон', 'Мессенджер']);

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

// Every label list of the module, with the name it is exported under.
const exportedLists = Object.entries(labelModule).filter(
  (entry): entry is [string, LabelList] =>
    /_(LABELS|MESSAGES)$/.test(entry[0]) &&
    entry[0] !== 'CASE_LABELS' &&
    entry[0] !== 'CASE_CODE_LIST_LABELS',
);
const allLabels = exportedLists.flatMap(([list, labels]) =>
  Object.entries(labels).map(([code, label]) => ({ where: `${list}.${code}`, list, label })),
);

describe('the case labels', () => {
  it('label every code of every code list in CASE_CODE_LISTS', () => {
    for (const [name, codes] of Object.entries(CASE_CODE_LISTS)) {
      const labels: LabelList = CASE_CODE_LIST_LABELS[name as keyof typeof CASE_CODE_LISTS];
      expect(Object.keys(labels).sort(), name).toEqual([...codes].sort());
      const segment = CASE_CODE_LIST_SEGMENTS[name as keyof typeof CASE_CODE_LISTS];
      expect(CASE_LABELS[segment], name).toBe(labels);
    }
  });

  it('label every code of the other lists exactly', () => {
    const lists: [readonly string[], LabelList][] = [
      [FAMILY_RELATIONS, CASE_LABELS.family],
      [CASE_STAGES, CASE_LABELS.stage],
      [APPROVAL_SUBJECTS, CASE_LABELS.approvalSubject],
      [APPROVAL_STATUSES, CASE_LABELS.approvalStatus],
      [Object.keys(TRANSITION_PERMISSIONS), CASE_LABELS.command],
      [CASE_RELATIONS, CASE_LABELS.relation],
      [REFERRAL_STATUSES, CASE_LABELS.referralStatus],
      [TRANSFER_STATUSES, CASE_LABELS.transferStatus],
      [TRIAGE_STATUSES, CASE_LABELS.triage],
      [TASK_STATUSES, CASE_LABELS.task],
      [ASSESSMENT_DOMAINS, CASE_LABELS.assessmentDomain],
      [DOMAIN_RATINGS, CASE_LABELS.domainRating],
      [INFORMATION_SOURCES, CASE_LABELS.informationSource],
      [ASSESSMENT_RECOMMENDATIONS, CASE_LABELS.recommendation],
      [FORM_NAMES, CASE_LABELS.form],
      [VALIDATION_KEYS, VALIDATION_MESSAGES],
      [WARNING_KEYS, WARNING_MESSAGES],
    ];
    for (const [codes, labels] of lists) expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  });

  it('cover every list of codes cases/ exports, so a new list without labels fails', () => {
    const records: LabelList[] = [...Object.values(CASE_LABELS), VALIDATION_MESSAGES, WARNING_MESSAGES];
    const unlabelled = Object.entries(cases as Record<string, unknown>)
      .filter(
        (entry): entry is [string, readonly string[]] =>
          Array.isArray(entry[1]) && entry[1].every((v) => typeof v === 'string'),
      )
      .filter(([name]) => !LABELLED_ELSEWHERE.has(name))
      .flatMap(([name, codes]) =>
        codes
          .filter((code) => !records.some((r) => Object.hasOwn(r, code)))
          .map((code) => `${name}: ${code}`),
      );
    expect(unlabelled).toEqual([]);
  });

  it('put every exported label list into the flat catalogue', () => {
    const inCatalogue: LabelList[] = [...Object.values(CASE_LABELS), VALIDATION_MESSAGES, WARNING_MESSAGES];
    expect(exportedLists.length).toBeGreaterThan(40);
    for (const [name, list] of exportedLists) expect(inCatalogue.includes(list), name).toBe(true);
  });

  it('have three non-empty labels without stray spaces for every code', () => {
    expect(allLabels.length).toBeGreaterThan(250);
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

  it('are translated: Kazakh and Russian differ from English, and Kazakh from Russian but for loanwords', () => {
    const sameAsEnglish = allLabels.filter(({ label }) => label.kk === label.en || label.ru === label.en);
    expect(sameAsEnglish.map((l) => l.where)).toEqual([]);
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

  it('use the same placeholders in every language, and none where no parameter is passed', () => {
    for (const { where, label } of allLabels) {
      expect(placeholders(label.kk), `${where}.kk`).toEqual(placeholders(label.en));
      expect(placeholders(label.ru), `${where}.ru`).toEqual(placeholders(label.en));
      // Neither the custom validation issues nor the refusals carry parameters.
      expect(placeholders(label.en), where).toEqual([]);
    }
  });

  it('keep labels short and write messages as sentences', () => {
    for (const { where, list, label } of allLabels) {
      for (const locale of LABEL_LOCALES) {
        const text = label[locale];
        if (list.endsWith('_MESSAGES')) {
          expect(text, `${where}.${locale}`).toMatch(/^[\p{Lu}\p{N}].*[.!]$/u);
        } else {
          expect(text.length, `${where}.${locale}`).toBeLessThanOrEqual(80);
          expect(text, `${where}.${locale}`).not.toMatch(/\.$/);
        }
      }
    }
  });

  it('name the break-glass limits from the domain constants', () => {
    const { reason_required, duration_out_of_range } = CASE_LABELS.breakGlassRefusal;
    for (const locale of LABEL_LOCALES) {
      expect(reason_required[locale]).toContain(String(cases.BREAK_GLASS_MIN_REASON_LENGTH));
      expect(duration_out_of_range[locale]).toContain(String(cases.BREAK_GLASS_MAX_HOURS));
    }
  });
});

describe('the flat case catalogue', () => {
  const catalogs = Object.fromEntries(LABEL_LOCALES.map((l) => [l, caseLabelCatalog(l)]));
  const en = caseLabelCatalog('en');

  it('has one key per label, the same keys in every language', () => {
    const expected =
      Object.values(CASE_LABELS).reduce((n, list: LabelList) => n + Object.keys(list).length, 0) +
      VALIDATION_KEYS.length +
      WARNING_KEYS.length;
    expect(Object.keys(en)).toHaveLength(expected);
    for (const locale of LABEL_LOCALES)
      expect(Object.keys(catalogs[locale] ?? {}).sort()).toEqual(Object.keys(en).sort());
  });

  it('has a key for every code of every code list, validation key and warning key', () => {
    const missing: string[] = [];
    for (const [name, codes] of Object.entries(CASE_CODE_LISTS)) {
      const segment = CASE_CODE_LIST_SEGMENTS[name as keyof typeof CASE_CODE_LISTS];
      for (const code of codes) if (!(`case.${segment}.${code}` in en)) missing.push(`${name}: ${code}`);
    }
    for (const [segment, list] of Object.entries(CASE_LABELS))
      for (const code of Object.keys(list)) if (!(`case.${segment}.${code}` in en)) missing.push(segment);
    for (const key of [...VALIDATION_KEYS, ...WARNING_KEYS]) if (!(key in en)) missing.push(key);
    expect(missing).toEqual([]);
  });

  it('uses the documented keys', () => {
    expect(caseLabelCatalog('ru')['case.concern.physical_abuse']).toBe('Физическое насилие');
    expect(en['case.risk.high']).toBe('High');
    expect(en['case.stage.assessment']).toBe('Assessment');
    expect(caseLabelCatalog('ru')['case.refusal.self_approval']).toBe(
      'Нельзя утвердить или вернуть собственное представление.',
    );
    expect(en['validation.iin_check_digit']).toBe(VALIDATION_MESSAGES['validation.iin_check_digit'].en);
    expect(caseLabelCatalog('kk')['warning.iin_date_mismatch']).toBe(
      WARNING_MESSAGES['warning.iin_date_mismatch'].kk,
    );
  });

  it('refuses a key met twice', () => {
    const label = { kk: 'а', ru: 'а', en: 'a' };
    expect(() => labelModule.addLabels({}, { a: { x: label }, b: { x: label } }, () => 'k.', 'en')).toThrow(
      /duplicate label key k\.x/,
    );
  });
});
