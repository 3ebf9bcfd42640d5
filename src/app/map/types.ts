export type { LayoutPlace, MapPlace } from '../data/mapPlaces.ts';

/** A request to move the map to show these points; `key` changes for every new request. */
export interface FlyRequest {
  key: number;
  points: readonly [number, number][];
  /** The closest zoom worth flying to: a country needs less than a town. */
  maxZoom: number;
}
