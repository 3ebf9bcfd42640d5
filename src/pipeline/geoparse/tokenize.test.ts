import { describe, expect, it } from 'vitest';
import { seedText } from '../testing/seedText.ts';
import { joinable, tokenize, type Token } from './tokenize.ts';

describe('tokenize', () => {
  it('gives UTF-16 offsets that slice back to the token, on a whole seed article', () => {
    const text = seedText('004_26d6ba7b0bba6fab');
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('splits a possessive off the name: "Syria’s Idlib province"', () => {
    const [syria, idlib] = tokenize('in Syria’s Idlib province').slice(1);
    expect(syria).toMatchObject({ text: 'Syria', possessive: true });
    expect(idlib).toMatchObject({ text: 'Idlib', possessive: false });
  });

  it('keeps Arabic article names whole and splits modifier hyphens', () => {
    expect(tokenize('the town of al-Bab and Deir ez-Zour').map((t) => t.text)).toEqual([
      'the',
      'town',
      'of',
      'al-Bab',
      'and',
      'Deir',
      'ez-Zour',
    ]);
    expect(tokenize('a US-led coalition').map((t) => t.text)).toEqual([
      'a',
      'US',
      'led',
      'coalition',
    ]);
    expect(tokenize('Kim Jong-un').map((t) => t.text)).toEqual(['Kim', 'Jong-un']);
  });

  it('knows capitals, acronyms, sentence and line starts', () => {
    const tokens = tokenize('ERBIL, Kurdistan Region – the SDF said. Most fled to the U.S. Army');
    const by = (w: string) => tokens.find((t) => t.text === w);
    expect(by('ERBIL')).toMatchObject({ allCaps: true, lineStart: true, sentenceStart: true });
    expect(by('al-Bab')).toBeUndefined();
    expect(by('SDF')).toMatchObject({ allCaps: true, sentenceStart: false });
    expect(by('Most')).toMatchObject({ sentenceStart: true });
    expect(by('U.S.')).toMatchObject({ text: 'U.S.', allCaps: true });
    expect(by('Army')).toMatchObject({ sentenceStart: false });
  });

  it('does not join words across punctuation, lines or sentences', () => {
    const text = 'Mosul, Iraq\nRaqqa Syria. Then Aleppo';
    const [a, b, c, d, e] = tokenize(text);
    const join = (x: Token | undefined, y: Token | undefined) => !!x && !!y && joinable(text, x, y);
    expect(join(a, b)).toBe(false);
    expect(join(b, c)).toBe(false);
    expect(join(c, d)).toBe(true);
    expect(join(d, e)).toBe(false);
  });
});
