import { describe, expect, it } from 'vitest';
import { buildVocabulary, isBrokenWord, joinLines } from './join-lines.ts';

const vocabulary = buildVocabulary([
  '2021 жылдың бірінші жартыжылдығы',
  'ЖБ көзделген қаражат шеңберінде',
  'информация в МП',
]);

describe('joinLines', () => {
  it('joins lines with a space by default', () => {
    expect(joinLines(['ЖБ', 'көзделген қаражат шеңберінде'], vocabulary, 'inline')).toBe(
      'ЖБ көзделген қаражат шеңберінде',
    );
  });

  it('glues a word broken across lines when the whole word occurs elsewhere in the document', () => {
    expect(joinLines(['2020 жылдың екінші жартыжыл', 'дығы'], vocabulary, 'inline')).toBe(
      '2020 жылдың екінші жартыжылдығы',
    );
    expect(joinLines(['информа', 'ция в МП'], vocabulary, 'inline')).toBe('информация в МП');
  });

  it('keeps the hyphen of a hyphenated word carried to the next line', () => {
    expect(joinLines(['ата-', 'аналар'], vocabulary, 'inline')).toBe('ата-аналар');
  });

  it('glues at a soft hyphen', () => {
    expect(joinLines(['жартыжыл\u00ad', 'дығы'], new Set(), 'inline')).toBe('жартыжылдығы');
  });

  it('keeps list items on their own lines in prose', () => {
    expect(joinLines(['Заңнамаға:', '- бірінші;', '- екінші'], vocabulary, 'prose')).toBe(
      'Заңнамаға:\n- бірінші;\n- екінші',
    );
    expect(joinLines(['Заңнамаға:', '- бірінші;'], vocabulary, 'inline')).toBe('Заңнамаға: - бірінші;');
  });
});

describe('isBrokenWord', () => {
  it('does not glue a word to a capitalised line or to a number', () => {
    expect(isBrokenWord('жартыжыл', 'Дығы', buildVocabulary(['жартыжылдығы']))).toBe(false);
    expect(isBrokenWord('2020 – 2023', 'жылдар', vocabulary)).toBe(false);
  });
});
