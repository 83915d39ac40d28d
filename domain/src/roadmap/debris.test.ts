import { describe, expect, it } from 'vitest';
import { isDebrisLine, stripTrailingDebris } from './debris.ts';

describe('web-page debris', () => {
  it('strips a download button glued to the end of a cell', () => {
    expect(stripTrailingDebris('-Жүктеу')).toBe('-');
    expect(stripTrailingDebris('001 Скачать')).toBe('001');
  });

  it('knows a line holding nothing but a button', () => {
    expect(isDebrisLine('\u00a0Басып шығару')).toBe(true);
    expect(isDebrisLine('Печать')).toBe(true);
    expect(isDebrisLine('Жүктеу құралы')).toBe(false);
  });

  it('leaves text without debris alone', () => {
    expect(stripTrailingDebris('ЖБ көзделген қаражат шеңберінде')).toBe('ЖБ көзделген қаражат шеңберінде');
  });
});
