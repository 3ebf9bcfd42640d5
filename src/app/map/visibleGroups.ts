/**
 * What the map draws for the current filters, from a grouping of the corpus's places made once
 * per zoom level (see clusterPlaces.ts). Groups do not change with the filters: a filter change
 * hides the places it filters out, a group left with one place shows that place alone, and a
 * group keeps its position and key. So markers stay put while a date brush moves (the eye can
 * follow a count as it changes), and a filter change costs one pass over the places, not a new
 * grouping.
 */
import type { PlaceGroup } from './clusterPlaces.ts';
import type { LayoutPlace, MapPlace } from './types.ts';

export type ClusterOrPlace =
  | { type: 'place'; place: MapPlace }
  | {
      type: 'cluster';
      /** The id of the place that seeded the group: the group's identity at this zoom. */
      key: string;
      lat: number;
      lon: number;
      /** Its places that the filters let through, the seed first when it is one of them. */
      places: MapPlace[];
    };

/**
 * The groups of `layout` (indexes into `layoutPlaces`) with their visible places; places not in
 * the layout (none, when both come from one corpus) are drawn alone.
 */
export function visibleGroups(
  layout: readonly PlaceGroup[],
  layoutPlaces: readonly LayoutPlace[],
  places: readonly MapPlace[],
): ClusterOrPlace[] {
  const shown = new Map<string, MapPlace>();
  for (const p of places) shown.set(p.id, p);
  const out: ClusterOrPlace[] = [];
  let covered = 0;
  for (const group of layout) {
    const members: MapPlace[] = [];
    for (const i of group.members) {
      const p = shown.get((layoutPlaces[i] as LayoutPlace).id);
      if (p) members.push(p);
    }
    covered += members.length;
    const [first] = members;
    if (!first) continue;
    if (members.length === 1) {
      out.push({ type: 'place', place: first });
      continue;
    }
    out.push({
      type: 'cluster',
      key: (layoutPlaces[group.seed] as LayoutPlace).id,
      lat: group.lat,
      lon: group.lon,
      places: members,
    });
  }
  if (covered < places.length) {
    const inLayout = new Set(layoutPlaces.map((p) => p.id));
    for (const p of places) if (!inLayout.has(p.id)) out.push({ type: 'place', place: p });
  }
  return out;
}
