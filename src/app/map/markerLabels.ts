/**
 * The markers' accessible names (also their tooltips): what a screen reader says for each place
 * and group on the map.
 */
import type { MapPlace } from './types.ts';

const KIND_WORD: Record<MapPlace['kind'], string> = {
  country: 'country',
  region: 'region',
  admin1: 'province',
  city: 'town',
  other: 'place',
};

const eventCount = (n: number) => `${n} event${n === 1 ? '' : 's'}`;

/** E.g. "Ar Raqqah (town, Syria): 3 events". */
export function placeLabel(p: MapPlace): string {
  const where = p.countryName && p.kind !== 'country' ? `, ${p.countryName}` : '';
  return `${p.name} (${KIND_WORD[p.kind]}${where}): ${eventCount(p.count)}${p.demonymOnly ? ', demonym only' : ''}`;
}

/** Names shown for a group before "and N more". */
const GROUP_NAMES = 4;

/** E.g. "Group of 2 places, 1 event: Manbij, Al Bāb. Zoom in". */
export function groupLabel(names: readonly string[], events: number): string {
  const shown = names.slice(0, GROUP_NAMES);
  const more = names.length > shown.length ? ` and ${names.length - shown.length} more` : '';
  return `Group of ${names.length} places, ${eventCount(events)}: ${shown.join(', ')}${more}. Zoom in`;
}
