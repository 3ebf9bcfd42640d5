import { describe, expect, it } from 'vitest';
import { isLatinName, keyVariants, looseKey, nameKey } from './normalize.ts';

describe('nameKey', () => {
  it('folds case, accents, apostrophes and hyphens', () => {
    expect(nameKey('Al-Hoceima')).toBe(nameKey('Al Hoceïma'));
    expect(nameKey('Deir ez-Zor')).toBe('deir ez zor');
    expect(nameKey('Syria’s')).toBe('syrias');
    expect(nameKey('U.S.')).toBe('u s');
  });
});

describe('looseKey: transliterations of one Arabic name meet', () => {
  it.each([
    ['Baghouz', 'Baghuz'],
    ['Deir ez-Zour', 'Deir al-Zor'],
    ['Deir Azzour', 'Deir ez-Zor'],
    ['Deir al-Zor', 'Dayr az Zawr'],
    ['Minbij', 'Manbij'],
    ['Raqqah', 'Raqqa'],
    ['Ar Raqqah', 'Raqqa'],
    ['Al-Hasakah', 'Hasakah'],
  ])('%s = %s', (a, b) => {
    expect(looseKey(a)).toBe(looseKey(b));
  });

  it('keeps a nisba apart from its city: al-Baghdadi is a person, not Baghdad', () => {
    expect(looseKey('al-Baghdadi')).not.toBe(looseKey('Baghdad'));
  });

  it('keeps different names apart', () => {
    expect(looseKey('Mosul')).not.toBe(looseKey('Manbij'));
    expect(looseKey('Idlib')).not.toBe(looseKey('Aleppo'));
  });
});

describe('keyVariants', () => {
  it('indexes "Al-X" also as "X"', () => {
    expect(keyVariants('Al-Hasakah')).toEqual(['al hasakah', 'hasakah']);
    expect(keyVariants('Mosul')).toEqual(['mosul']);
  });
});

describe('isLatinName', () => {
  it('accepts Latin-script names and rejects others', () => {
    expect(isLatinName('Dayr az-Zawr')).toBe(true);
    expect(isLatinName('Ḩalab')).toBe(true);
    expect(isLatinName('دير الزور')).toBe(false);
    expect(isLatinName('Дейр')).toBe(false);
  });
});
