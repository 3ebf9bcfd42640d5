import { describe, expect, it } from 'vitest';
import type { MapPlace } from './types.ts';
import { groupLabel, placeLabel } from './markerLabels.ts';

const raqqa = {
  id: 'geonames:172955',
  index: 0,
  name: 'Ar Raqqah',
  kind: 'city',
  countryName: 'Syria',
  lat: 35.95,
  lon: 39.01,
  count: 3,
  demonymOnly: false,
} as MapPlace;

describe('marker labels', () => {
  it('names a place, its kind and country, and its events', () => {
    expect(placeLabel(raqqa)).toBe('Ar Raqqah (town, Syria): 3 events');
    expect(placeLabel({ ...raqqa, count: 1 })).toBe('Ar Raqqah (town, Syria): 1 event');
    expect(placeLabel({ ...raqqa, name: 'Syria', kind: 'country', demonymOnly: true })).toBe(
      'Syria (country): 3 events, demonym only',
    );
  });

  it('names a group by its first four places, with one event in the singular', () => {
    expect(groupLabel(['Manbij', 'Al Bāb'], 1)).toBe(
      'Group of 2 places, 1 event: Manbij, Al Bāb. Zoom in',
    );
    expect(groupLabel(['Mosul', 'Erbil', 'Kirkuk', 'Dohuk', 'Tikrit', 'Baiji'], 12)).toBe(
      'Group of 6 places, 12 events: Mosul, Erbil, Kirkuk, Dohuk and 2 more. Zoom in',
    );
  });
});
