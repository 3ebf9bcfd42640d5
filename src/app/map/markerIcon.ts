/**
 * Marker looks, as CSS classes on Leaflet div icons: size by visible-event count (square-root
 * scale, so area follows the count), shape by kind (a town is a filled dot, a country or region a
 * ring), a dashed outline for places only known by a demonym.
 */
import L from 'leaflet';
import type { PlaceKind } from '../../shared/corpus.ts';

const MIN_DIAMETER = 14;
const MAX_DIAMETER = 56;

export function markerDiameter(count: number): number {
  return Math.min(MAX_DIAMETER, Math.round(MIN_DIAMETER + 6 * Math.sqrt(Math.max(0, count))));
}

function kindClass(kind: PlaceKind): string {
  return kind === 'country' || kind === 'region' || kind === 'admin1'
    ? 'marker--area'
    : 'marker--point';
}

/**
 * A div icon whose element a filter change restyles in place (a filter change restyles hundreds
 * of markers: their sizes follow the counts). Its markup is fixed per kind of marker, and a
 * group's count is the text of its one element, set as text, so a new count is a text change,
 * not HTML to parse.
 */
export class RestylingDivIcon extends L.DivIcon {
  /** The text of the markup's first element (a group's count), or '' for none. */
  readonly text: string;

  constructor(options: L.DivIconOptions, text = '') {
    super(options);
    this.text = text;
  }

  /**
   * Gives a marker's element, drawn with `previous`, this icon's look in place: its classes, its
   * size and its content, each only when different. Leaflet's `setIcon` would also re-register
   * the marker's handlers and re-position it, which a restyle does not need.
   */
  restyle(el: HTMLElement, previous: RestylingDivIcon): void {
    const before = previous.options.className ?? '';
    const after = this.options.className ?? '';
    if (before !== after) {
      el.classList.remove(...tokens(before));
      el.classList.add(...tokens(after));
    }
    const [w, h] = sizeOf(this.options.iconSize);
    const [pw, ph] = sizeOf(previous.options.iconSize);
    if (w !== pw || h !== ph) {
      // As Leaflet's styling step: the anchor is the middle.
      el.style.width = `${w}px`;
      el.style.height = `${h}px`;
      el.style.marginLeft = `${-w / 2}px`;
      el.style.marginTop = `${-h / 2}px`;
    }
    if (previous.options.html !== this.options.html) {
      // Our own markup, fixed per kind (see clusterIcon): never corpus text.
      el.innerHTML = typeof this.options.html === 'string' ? this.options.html : '';
      this.fillText(el);
    } else if (previous.text !== this.text) this.fillText(el);
  }

  override createIcon(oldIcon?: HTMLElement): HTMLElement {
    const div = super.createIcon(oldIcon);
    this.fillText(div);
    return div;
  }

  private fillText(el: HTMLElement): void {
    const target = el.firstElementChild;
    if (target) target.textContent = this.text;
  }
}

const tokens = (className: string) => className.split(' ').filter((t) => t !== '');

function sizeOf(size: L.PointExpression | undefined): [number, number] {
  if (size === undefined) return [0, 0];
  const p = L.point(size);
  return [p.x, p.y];
}

const iconCache = new Map<string, RestylingDivIcon>();

function cachedIcon(key: string, make: () => RestylingDivIcon): RestylingDivIcon {
  let icon = iconCache.get(key);
  if (!icon) iconCache.set(key, (icon = make()));
  return icon;
}

/** Icons carry no corpus text: names go into attributes, never into HTML. */
export function placeIcon(kind: PlaceKind, count: number, demonymOnly: boolean): RestylingDivIcon {
  const d = markerDiameter(count);
  const className = `marker ${kindClass(kind)}${demonymOnly ? ' marker--demonym' : ''}`;
  return cachedIcon(
    `p|${className}|${d}`,
    () => new RestylingDivIcon({ className, iconSize: [d, d], html: '' }),
  );
}

/** A group's markup: its count goes in as text. */
const CLUSTER_HTML = '<span aria-hidden="true"></span>';

export function clusterIcon(events: number): RestylingDivIcon {
  const d = markerDiameter(events) + 8;
  const label = events > 9999 ? `${Math.round(events / 1000)}k` : String(events);
  return cachedIcon(
    `c|${d}|${label}`,
    () =>
      new RestylingDivIcon(
        { className: 'marker marker--cluster', iconSize: [d, d], html: CLUSTER_HTML },
        label,
      ),
  );
}
