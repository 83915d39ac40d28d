import { describe, expect, it } from 'vitest';
import { parsePeriod } from './period.ts';

describe('parsePeriod', () => {
  it('reads the range of years in a Kazakh title', () => {
    expect(parsePeriod('… шешу жөніндегі 2020 – 2023 жылдарға арналған жол картасын бекіту туралы')).toEqual({
      from: 2020,
      to: 2023,
    });
  });

  it('reads the range of years in a Russian title, with any dash', () => {
    expect(parsePeriod('Об утверждении Комплексного плана … на 2023 – 2025 годы')).toEqual({
      from: 2023,
      to: 2025,
    });
    expect(parsePeriod('Об утверждении плана на 2023-2025 годы')).toEqual({ from: 2023, to: 2025 });
  });

  it('reads a one-year plan', () => {
    expect(parsePeriod('Об утверждении Плана мероприятий на 2024 год')).toEqual({ from: 2024, to: 2024 });
  });

  it('gives null for a title with no period or an impossible one', () => {
    expect(parsePeriod('Об утверждении Комплексного плана')).toBeNull();
    expect(parsePeriod('план на 2025 – 2023 годы')).toBeNull();
    expect(parsePeriod('план на 2000 – 2099 годы')).toBeNull();
  });
});
