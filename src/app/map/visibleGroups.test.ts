import { describe, expect, it } from 'vitest';
import { clusterPlaces } from './clusterPlaces.ts';
import type { LayoutPlace, MapPlace } from './types.ts';
import { visibleGroups, type ClusterOrPlace } from './visibleGroups.ts';

// Three places around Raqqa, close at zoom 2, and Mosul's far enough to stand alone; counts are
// the corpus totals that seed the grouping.
const layoutPlaces: LayoutPlace[] = [
  { id: 'raqqa', lat: 35.95, lon: 39.01, count: 40 },
  { id: 'tabqa', lat: 35.84, lon: 38.55, count: 5 },
  { id: 'ain-issa', lat: 36.39, lon: 38.86, count: 9 },
  { id: 'london', lat: 51.5, lon: -0.12, count: 3 },
];
const layout = clusterPlaces(layoutPlaces, 2, 44);

const shown = (id: string, count = 1): MapPlace => {
  const index = layoutPlaces.findIndex((l) => l.id === id);
  const p = layoutPlaces[index] as LayoutPlace;
  return { ...p, index, name: id, kind: 'city', count, demonymOnly: false, countryName: null };
};
const describeItems = (items: ClusterOrPlace[]) =>
  items.map((item) =>
    item.type === 'place'
      ? item.place.id
      : // The seed first when shown; the rest in no set order.
        `${item.key}: ${item.places[0]?.id} + ${item.places
          .slice(1)
          .map((p) => p.id)
          .sort()
          .join(' ')}`,
  );

describe('visibleGroups', () => {
  it('draws each group with its visible places, seed first', () => {
    expect(layout).toHaveLength(2);
    const all = ['raqqa', 'tabqa', 'ain-issa', 'london'].map((id) => shown(id));
    expect(describeItems(visibleGroups(layout, layoutPlaces, all)).sort()).toEqual([
      'london',
      'raqqa: raqqa + ain-issa tabqa',
    ]);
  });

  it('keeps a group where it is, under its seed’s key, when the filters hide its seed', () => {
    const before = visibleGroups(layout, layoutPlaces, [shown('raqqa'), shown('tabqa', 7)]);
    const after = visibleGroups(layout, layoutPlaces, [shown('tabqa', 2), shown('ain-issa')]);
    const group = (items: ClusterOrPlace[]) => items.find((i) => i.type === 'cluster');
    expect(group(after)).toMatchObject({ key: 'raqqa', lat: group(before)?.lat });
    expect(describeItems(after)).toHaveLength(1);
    expect(describeItems(after)[0]).toMatch(/^raqqa: (ain-issa \+ tabqa|tabqa \+ ain-issa)$/);
  });

  it('shows a group left with one place as that place, under the group’s key, and drops an empty one', () => {
    const items = visibleGroups(layout, layoutPlaces, [shown('tabqa', 3)]);
    // The key is the marker's identity: the group's marker becomes the place's, and back.
    expect(items).toEqual([{ type: 'place', key: 'raqqa', place: shown('tabqa', 3) }]);
  });

  it('draws a place the grouping does not know alone', () => {
    const stray: MapPlace = { ...shown('london'), id: 'paris', name: 'Paris' };
    expect(describeItems(visibleGroups(layout, layoutPlaces, [stray, shown('london')]))).toEqual([
      'london',
      'paris',
    ]);
  });
});
