/**
 * The country outlines' re-projection at a new zoom level, with the map projection's
 * trigonometry done once per point instead of at every zoom. Leaflet re-projects every point of
 * every path when a zoom ends (`latLngToLayerPoint`: the projection's sine and logarithm, then
 * the CRS's affine transformation at that zoom's scale, rounded, less the pixel origin). For the
 * ~100,000 points of the 1:50m outlines, that was about half the task that ends a zoom or flight.
 * Here the projected point of each ring is kept (a typed array per ring, made on first use), and
 * a zoom only applies the affine step, with the same arithmetic and rounding as Leaflet's, so the
 * points are the same.
 */

export interface LatLngLike {
  lat: number;
  lng: number;
}

export interface XY {
  x: number;
  y: number;
}

/** The affine step of a CRS (Leaflet's `Transformation`): x' = s(ax + b), y' = s(cy + d). */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
}

/** A ring in layer pixels, with its bounding box. */
export interface ProjectedRing<P> {
  points: P[];
  min: XY;
  max: XY;
}

export class OutlineProjector<P> {
  private readonly projected = new WeakMap<readonly LatLngLike[], Float64Array>();

  /**
   * @param project the CRS's projection (Leaflet: `crs.projection.project`), called once per point
   * @param makePoint makes the output points (Leaflet: `L.point`)
   */
  constructor(
    private readonly project: (latlng: LatLngLike) => XY,
    private readonly makePoint: (x: number, y: number) => P,
  ) {}

  /**
   * The ring's points in layer pixels at `scale`, as Leaflet's `latLngToLayerPoint` gives them:
   * round(scale × (a·x + b)) − origin.x, and the same for y with c and d.
   */
  ring(latlngs: readonly LatLngLike[], scale: number, t: Affine, origin: XY): ProjectedRing<P> {
    let xy = this.projected.get(latlngs);
    if (!xy) {
      xy = new Float64Array(latlngs.length * 2);
      latlngs.forEach((latlng, k) => {
        const p = this.project(latlng);
        (xy as Float64Array)[2 * k] = p.x;
        (xy as Float64Array)[2 * k + 1] = p.y;
      });
      this.projected.set(latlngs, xy);
    }
    const points: P[] = new Array<P>(latlngs.length);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let k = 0; k < latlngs.length; k++) {
      const x = Math.round(scale * (t.a * (xy[2 * k] as number) + t.b)) - origin.x;
      const y = Math.round(scale * (t.c * (xy[2 * k + 1] as number) + t.d)) - origin.y;
      points[k] = this.makePoint(x, y);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    return { points, min: { x: minX, y: minY }, max: { x: maxX, y: maxY } };
  }
}
