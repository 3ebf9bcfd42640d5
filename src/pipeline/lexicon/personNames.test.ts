/**
 * The person lexicon's word lists are compromise's own: personLexiconWords.ts, written from the
 * installed compromise by writePersonLexicon.ts, still says what its lexicon says.
 */
import { describe, expect, it } from 'vitest';
import {
  compromiseVersion,
  GIVEN_NAME_TAGS,
  HONORIFIC_TAGS,
  lexiconWordsTagged,
} from './compromiseWords.ts';
import { GIVEN_NAMES, HONORIFIC_WORDS } from './personLexiconWords.ts';
import { personLexicon } from './personNames.ts';

describe('person lexicon', () => {
  it(`holds compromise ${compromiseVersion()}'s given names and honorifics (else run writePersonLexicon.ts)`, () => {
    expect(GIVEN_NAMES.split(' ')).toEqual(lexiconWordsTagged(GIVEN_NAME_TAGS));
    expect(HONORIFIC_WORDS).toEqual(lexiconWordsTagged(HONORIFIC_TAGS));
  });

  it('adds name particles and titles, and drops honorifics’ final dots', () => {
    const { givenNames, honorifics } = personLexicon();
    expect(givenNames.has('aaron')).toBe(true);
    expect(givenNames.has('abu')).toBe(true);
    expect(givenNames.has('aleppo')).toBe(false);
    expect(honorifics.has('mr')).toBe(true);
    expect(honorifics.has('ambassador')).toBe(true);
    expect([...honorifics].some((h) => h.endsWith('.'))).toBe(false);
  });
});
