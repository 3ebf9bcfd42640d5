/**
 * The geoparser on the five seed articles: every place a careful reader would put on the map,
 * resolved to the right gazetteer entry, and none of the traps.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { seedText } from '../testing/seedText.ts';
import { loadGeoparser } from './loadGeoparser.ts';
import type { Geoparser } from './types.ts';

let geoparser: Geoparser;
beforeAll(async () => {
  geoparser = await loadGeoparser();
}, 120_000);

const SY = 'country:SY';
const IQ = 'country:IQ';
const TR = 'country:TR';
const MA = 'country:MA';
const GB = 'country:GB';
const SA = 'country:SA';
const FR = 'country:FR';
const ERBIL = 'geonames:95446';
const MOSUL = 'geonames:99072';
const RAQQA = 'geonames:172955';
const DEIR_EZ_ZOR = 'geonames:170794';
const IDLIB_CITY = 'geonames:169389';
const IDLIB_GOVERNORATE = 'admin1:SY.12';

/** Distinct "surface text → place (form)" readings a careful reader makes of each seed. */
const EXPECTED: Record<string, string[]> = {
  '000_0ebec296f594075f': [
    'Baghouz → addition:baghuz',
    'Syria → country:SY',
    'Syrian → country:SY (demonym)', // Syrian Democratic Forces
    'Deir ez-Zour Province → admin1:SY.07',
    'Moroccan → country:MA (demonym)',
    'Iraq → country:IQ',
    'Britain → country:GB',
    'UK → country:GB',
    'Tunisia → country:TN',
    'Morocco → country:MA',
  ],
  '001_ab7bfd301e687de4': [
    'Syria → country:SY',
    'Syrian → country:SY (demonym)',
    'Baghuz → addition:baghuz',
    'London → geonames:2643743',
    'Russian → country:RU (demonym)',
    'Russia → country:RU',
    'Turkey → country:TR',
    'Morocco → country:MA',
    'Moroccan → country:MA (demonym)',
    'Hasakah Province → admin1:SY.01',
    'British → country:GB (demonym)',
    'UK → country:GB',
    'France → country:FR',
    'French → country:FR (demonym)',
    'Iraq → country:IQ',
  ],
  '002_478985300681bf0c': [
    `ERBIL → ${ERBIL}`,
    'Kurdistan Region → region:kurdistan-region',
    `Syria → ${SY}`,
    `Syrian → ${SY} (demonym)`,
    `Turkey → ${TR}`,
    `Turkish → ${TR} (demonym)`,
    `Saudi → ${SA} (demonym)`,
    `British → ${GB} (demonym)`,
    `Idlib Province → ${IDLIB_GOVERNORATE}`,
    'Middle East → region:middle-east',
    'North Africa → region:north-africa',
    'Europe → region:europe',
    `Iraq → ${IQ}`,
    `Iraqi → ${IQ} (demonym)`,
    `Mosul → ${MOSUL}`,
    'US → country:US',
    `Raqqa → ${RAQQA}`,
    `Deir al-Zor → ${DEIR_EZ_ZOR}`,
    `France → ${FR}`,
  ],
  '003_69d2a91eb1b21d3d': [
    'Casablanca → geonames:2553604',
    'Maghreb → region:maghreb',
    `Moroccans → ${MA} (demonym)`,
    `Moroccan → ${MA} (demonym)`,
    `Morocco → ${MA}`,
    `Syria → ${SY}`,
    `Syrian → ${SY} (demonym)`, // Syrian Observatory for Human Rights
    'Gulf → region:gulf',
    `Iraq → ${IQ}`,
    'Beni Mellal → geonames:2555745',
    'Al-Hoceima → geonames:2558545',
  ],
  '004_26d6ba7b0bba6fab': [
    `Syrian → ${SY} (demonym)`,
    `Syria → ${SY}`,
    `Turkey → ${TR}`,
    `Turkish → ${TR} (demonym)`,
    `Idlib province → ${IDLIB_GOVERNORATE}`,
    `Idlib → ${IDLIB_CITY}`,
    'North Africa → region:north-africa',
    'Middle East → region:middle-east',
    'Europe → region:europe',
    'Europeans → region:europe (demonym)',
    `Saudi-Arabian → ${SA} (demonym)`,
    `Saudi → ${SA} (demonym)`,
    `Saudis → ${SA} (demonym)`,
    `Saudi Arabia → ${SA}`,
    `Iraq → ${IQ}`,
    `Iraqi → ${IQ} (demonym)`,
    'US → country:US',
    `Moroccans → ${MA} (demonym)`,
    'Egyptians → country:EG (demonym)',
    'al-Bab → geonames:174018',
    'Aleppo → geonames:170063',
    'Minbij → geonames:167357', // Manbij
    'Tabqa → geonames:172374', // Ath Thawrah, the town's official name
    `Raqqah → ${RAQQA}`,
    `Raqqa → ${RAQQA}`,
    `Deir Azzour → ${DEIR_EZ_ZOR}`,
    `Mosul → ${MOSUL}`,
    `France → ${FR}`,
  ],
};

/** Words of the seeds that are not places, each with the seed it stands in. */
const TRAPS: [string, string, string][] = [
  ['003_69d2a91eb1b21d3d', 'Agadir', 'Agadir Street in Casablanca is a street'],
  ['003_69d2a91eb1b21d3d', 'Commerce', 'Commerce market is a market, not Commerce, Texas'],
  ['003_69d2a91eb1b21d3d', 'paradise', 'a common word'],
  ['003_69d2a91eb1b21d3d', 'hell', 'a common word'],
  ['003_69d2a91eb1b21d3d', 'heaven', 'a common word'],
  ['003_69d2a91eb1b21d3d', 'Yathreb', 'Zakaria Yathreb is a person, not Medina (Yathrib)'],
  ['003_69d2a91eb1b21d3d', 'Magharebia', 'a news outlet'],
  ['003_69d2a91eb1b21d3d', 'Daesh', 'an organisation'],
  ['003_69d2a91eb1b21d3d', 'Wednesday', 'a banner date'],
  ['002_478985300681bf0c', 'Kurdistan 24', 'a news outlet'],
  ['002_478985300681bf0c', 'Guardian', 'a newspaper'],
  ['002_478985300681bf0c', 'Homa', 'Ava Homa is a person, not Homa Bay'],
  ['002_478985300681bf0c', 'Islamic State', 'an organisation'],
  ['004_26d6ba7b0bba6fab', 'al-Baghdadi', 'Abu Bakr al-Baghdadi is a person, not Baghdad'],
  ['004_26d6ba7b0bba6fab', 'Nusra', 'Jabhat al-Nusra is an organisation'],
  ['004_26d6ba7b0bba6fab', 'The Sun', 'a newspaper'],
  ['004_26d6ba7b0bba6fab', 'Isis', 'an organisation'],
  ['004_26d6ba7b0bba6fab', 'Abu Saad', 'a person'],
  ['001_ab7bfd301e687de4', 'Begum', 'Shamima Begum is a person'],
  ['001_ab7bfd301e687de4', 'Shamima', 'Shamima Begum is a person'],
  ['001_ab7bfd301e687de4', 'Conflict', 'a section label'],
  ['000_0ebec296f594075f', 'al-Wagheyr', 'Yousif al-Wagheyr is a person'],
];

function readings(id: string): string[] {
  const { mentions } = geoparser.parse(seedText(id), id);
  const set = new Set(
    mentions.map(
      (m) => `${m.text} → ${m.place.gazetteerId}${m.form === 'demonym' ? ' (demonym)' : ''}`,
    ),
  );
  return [...set].sort();
}

describe('geoparser on the seed articles', () => {
  it.each(Object.keys(EXPECTED))('finds and resolves every place in %s', (id) => {
    expect(readings(id)).toEqual([...(EXPECTED[id] ?? [])].sort());
  });

  it.each(TRAPS)('%s: "%s" is not a place (%s)', (id, word) => {
    const text = seedText(id);
    const { mentions } = geoparser.parse(text, id);
    const at = [...text.matchAll(new RegExp(word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))];
    expect(at.length).toBeGreaterThan(0); // the trap is really in the text
    for (const m of at) {
      const start = m.index;
      const end = start + word.length;
      expect(mentions.filter((x) => x.start < end && start < x.end && x.text !== 'Syrian')).toEqual(
        [],
      );
    }
  });

  it('points every mention at the exact characters it came from', () => {
    for (const id of Object.keys(EXPECTED)) {
      const text = seedText(id);
      for (const m of geoparser.parse(text, id).mentions)
        expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('is deterministic', () => {
    const text = seedText('004_26d6ba7b0bba6fab');
    expect(geoparser.parse(text, 'a')).toEqual(geoparser.parse(text, 'a'));
  });
});
