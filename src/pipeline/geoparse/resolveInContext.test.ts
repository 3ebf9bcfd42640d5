/**
 * Resolution on sentences written for these tests: the article's other places, the kind of
 * name and the user's rules decide between readings of an ambiguous name.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ADDITIONS_FILE, loadGeoparser } from './loadGeoparser.ts';
import type { Geoparser } from './types.ts';

let geoparser: Geoparser;
let corrected: Geoparser;

beforeAll(async () => {
  geoparser = await loadGeoparser();
  // A user's corrections, in a copy of the project's additions file.
  const additions = JSON.parse(readFileSync(DEFAULT_ADDITIONS_FILE, 'utf8')) as {
    rules: object[];
  };
  additions.rules.push(
    { action: 'force', text: 'Idlib', placeId: 'admin1:SY.12', article: 'province-story' },
    { action: 'ban', text: 'Georgia', placeId: 'country:GE' },
    { action: 'ignore', text: 'Casablanca', article: 'film-review' },
  );
  const file = join(mkdtempSync(join(tmpdir(), 'chronomap-additions-')), 'additions.json');
  writeFileSync(file, JSON.stringify(additions));
  corrected = await loadGeoparser({ additionsFile: file });
}, 120_000);

const places = (g: Geoparser, text: string, articleId = 'test') =>
  g
    .parse(text, articleId)
    .mentions.map((m) => `${m.text} → ${m.place.name} (${m.place.countryCode})`);

describe('resolution in context', () => {
  it('reads a country name as the country, not a town of that name', () => {
    expect(places(geoparser, 'Fighters crossed into Turkey last week.')).toEqual([
      'Turkey → Turkey (TR)',
    ]);
  });

  it('reads Georgia as the US state among American places', () => {
    expect(
      places(geoparser, 'Police in Atlanta and Savannah said Georgia would send troops.'),
    ).toContain('Georgia → Georgia (US)');
  });

  it('follows an explicit country: "Paris, Texas"', () => {
    expect(places(geoparser, 'The storm hit Paris, Texas on Monday.')).toEqual([
      'Paris → Paris (US)',
      'Texas → Texas (US)',
    ]);
  });

  it('reads "X Province" as the province and bare X as its city', () => {
    expect(places(geoparser, 'They fled Idlib Province. In Idlib, shops reopened.')).toEqual([
      'Idlib Province → Idlib (SY)',
      'Idlib → Idlib (SY)',
    ]);
  });

  it('meets transliterations only where the article already speaks of the country', () => {
    expect(places(geoparser, 'Fighters reached Minbij and Tabqa in northern Syria.')).toEqual([
      'Minbij → Manbij (SY)',
      'Tabqa → Ath Thawrah (SY)',
      'Syria → Syria (SY)',
    ]);
    expect(places(geoparser, 'Karlov spoke to the press.')).toEqual([]);
  });

  it('leaves common words alone unless the context makes them places', () => {
    expect(places(geoparser, 'Most want to leave; they dream of Paradise.')).toEqual([]);
  });

  it('reads state and province abbreviations, ambiguous ones only after a town', () => {
    expect(places(geoparser, 'He grew up in Jackson, Miss. and moved to B.C. last year.')).toEqual([
      'Jackson → Jackson (US)',
      'Miss. → Mississippi (US)',
      'B.C. → British Columbia (CA)',
    ]);
    expect(places(geoparser, 'Miss. Smith arrived.')).toEqual([]);
  });

  it('does not read a speaker as a small town', () => {
    expect(places(geoparser, 'Burton said the plan would work.')).toEqual([]);
  });
});

describe('unresolved names', () => {
  it('reports a name that reads as a place but is in no gazetteer, with its span', () => {
    const text = 'Families fled to the village of Zorqawiyat, near Raqqa in Syria.';
    const { mentions, unresolved } = geoparser.parse(text, 'test');
    expect(mentions.map((m) => m.text)).toEqual(['Raqqa', 'Syria']);
    expect(unresolved).toEqual([
      { start: 32, end: 42, text: 'Zorqawiyat', reason: 'no gazetteer entry' },
    ]);
  });

  it('does not report people or common words', () => {
    expect(
      geoparser.parse('They met Hachadi in Casablanca and spoke in Arabic.', 'test').unresolved,
    ).toEqual([]);
  });
});

describe("the user's corrections (gazetteer/additions.json rules)", () => {
  it('forces a reading for one article only', () => {
    expect(places(corrected, 'Shelling hit Idlib.', 'province-story')).toEqual([
      'Idlib → Idlib (SY)',
    ]);
    expect(places(corrected, 'Shelling hit Idlib.', 'another-story')).toEqual([
      'Idlib → Idlib (SY)',
    ]);
  });

  it('bans a reading everywhere, leaving the next best', () => {
    const text = 'Storms hit Georgia.';
    expect(places(geoparser, text)).toEqual(['Georgia → Georgia (GE)']);
    expect(places(corrected, text)).toEqual(['Georgia → Georgia (US)']);
  });

  it('ignores a name in one article', () => {
    expect(places(corrected, 'We watched Casablanca in Morocco.', 'film-review')).toEqual([
      'Morocco → Morocco (MA)',
    ]);
    expect(places(corrected, 'We watched Casablanca in Morocco.', 'news')).toContain(
      'Casablanca → Casablanca (MA)',
    );
  });
});
