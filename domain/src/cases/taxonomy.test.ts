import { describe, expect, it } from 'vitest';
import {
  CASE_CODE_LISTS,
  CONCERN_GROUP_OF,
  CONCERN_GROUPS,
  CONCERNS,
  compareRiskLevels,
  concernGroup,
  RISK_LEVELS,
  VIOLENCE_CONCERNS,
} from './taxonomy.ts';

describe('the case taxonomy', () => {
  it('covers every concern the issue names', () => {
    const required = [
      'physical_abuse',
      'sexual_abuse',
      'emotional_abuse',
      'neglect',
      'domestic_violence_witnessed',
      'bullying',
      'cyberbullying',
      'self_harm',
      'suicidal_thoughts',
      'suicide_attempt',
      'running_away',
      'missing',
      'child_labour',
      'substance_use',
      'offence_by_child',
    ];
    for (const code of required) expect(CONCERNS).toContain(code);
    expect(CONCERNS.filter((c) => concernGroup(c) === 'online_harm').length).toBeGreaterThan(0);
    expect(CONCERNS.filter((c) => concernGroup(c) === 'exploitation').length).toBeGreaterThan(1);
  });

  it('puts at least one concern in every group and every concern in a known group', () => {
    for (const group of CONCERN_GROUPS) expect(Object.values(CONCERN_GROUP_OF)).toContain(group);
    for (const concern of CONCERNS) expect(CONCERN_GROUPS).toContain(concernGroup(concern));
  });

  it('keeps every code list free of duplicates and in snake_case, so catalogs can key on them', () => {
    for (const [name, codes] of Object.entries(CASE_CODE_LISTS)) {
      expect(new Set(codes).size, name).toBe(codes.length);
      for (const code of codes) expect(code, name).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
    }
  });

  it('orders risk levels from the most urgent', () => {
    expect(RISK_LEVELS[0]).toBe('immediate');
    expect(compareRiskLevels('immediate', 'low')).toBeLessThan(0);
    expect(compareRiskLevels('medium', 'high')).toBeGreaterThan(0);
  });

  it('treats only concerns of the taxonomy as violence', () => {
    for (const concern of VIOLENCE_CONCERNS) expect(CONCERNS).toContain(concern);
    expect(VIOLENCE_CONCERNS).not.toContain('bullying');
  });
});
