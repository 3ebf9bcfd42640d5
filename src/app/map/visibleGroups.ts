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
  | {
      type: 'place';
      /**
       * The marker's identity: its group's key when it is a group shown as its one visible
       * place (so the marker stays when the group fills up again), else its own id.
       */
      key: string;
      place: MapPlace;
    }
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
 * the layout (none, when both come from one corpus) are drawn alone. A place is found in the
 * layout by its index, which both share when they come from one corpus (checked by id).
 */
export function visibleGroups(
  layout: readonly PlaceGroup[],
  layoutPlaces: readonly LayoutPlace[],
  places: readonly MapPlace[],
): ClusterOrPlace[] {
  // By index, not a map by id: a filter change at 100,000 events shows thousands of places.
  const shown = new Array<MapPlace | undefined>(layoutPlaces.length);
  const strays: MapPlace[] = [];
  for (const p of places) {
    if (layoutPlaces[p.index]?.id === p.id) shown[p.index] = p;
    else strays.push(p);
  }
  const out: ClusterOrPlace[] = [];
  for (const group of layout) {
    const key = (layoutPlaces[group.seed] as LayoutPlace).id;
    // Most groups are one place: no array for those.
    if (group.members.length === 1) {
      const p = shown[group.members[0] as number];
      if (p) out.push({ type: 'place', key, place: p });
      continue;
    }
    const members: MapPlace[] = [];
    for (const i of group.members) {
      const p = shown[i];
      if (p) members.push(p);
    }
    const [first] = members;
    if (!first) continue;
    if (members.length === 1) {
      out.push({ type: 'place', key, place: first });
      continue;
    }
    out.push({
      type: 'cluster',
      key,
      lat: group.lat,
      lon: group.lon,
      places: members,
    });
  }
  for (const p of strays) out.push({ type: 'place', key: p.id, place: p });
  return out;
}
