import { describe, expect, it } from 'vitest';
import { foldMixedScript, tokenScript } from './homoglyphs.ts';

describe('tokenScript', () => {
  it('tells Cyrillic, Latin, mixed and letterless tokens apart', () => {
    expect(tokenScript('Серікбаев')).toBe('cyrillic');
    expect(tokenScript('Serıkbaev')).toBe('latin');
    expect(tokenScript('Сepiкбаев')).toBe('mixed');
    expect(tokenScript('2015')).toBe('other');
  });
});

describe('foldMixedScript', () => {
  it('turns Latin look-alikes typed inside a Cyrillic word into Cyrillic letters', () => {
    // Latin e, p and i inside a Cyrillic surname; i is the look-alike of Kazakh і.
    expect(foldMixedScript('Сepiкбаев')).toBe('Серікбаев');
    expect(foldMixedScript('AЙГЕРIM')).toBe('АЙГЕРІМ');
    expect(foldMixedScript('Айгериm')).toBe('Айгерим');
    expect(foldMixedScript('Hурсултaн')).toBe('Нурсултан');
  });

  it('turns Cyrillic look-alikes typed inside a Latin word into Latin letters', () => {
    expect(foldMixedScript('Аlikhаn')).toBe('Alikhan');
    expect(foldMixedScript('Kуanysh')).toBe('Kyanysh');
  });

  it('reads the Latin schwa and barred o in a Cyrillic word as Ә and Ө', () => {
    expect(foldMixedScript('Əлихан Ɵмiрзақ')).toBe('Әлихан Өмірзақ');
  });

  it('leaves single-script tokens alone, even when they could be look-alikes', () => {
    expect(foldMixedScript('Axmetov')).toBe('Axmetov');
    expect(foldMixedScript('Ахметов')).toBe('Ахметов');
  });

  it('keeps letters that have no look-alike in the other script', () => {
    expect(foldMixedScript('Жанарz')).toBe('Жанарz');
  });
});
