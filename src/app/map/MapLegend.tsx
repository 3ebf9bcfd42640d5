/** What the marker shapes mean; the same classes as the markers, so the key cannot drift. */
export function MapLegend() {
  return (
    <ul className="map-legend" aria-label="Map key">
      <li>
        <span className="map-legend__swatch marker marker--point" aria-hidden="true" />
        Town or city
      </li>
      <li>
        <span className="map-legend__swatch marker marker--area" aria-hidden="true" />
        Country or region
      </li>
      <li>
        <span className="map-legend__swatch marker marker--demonym" aria-hidden="true" />
        Only a demonym (“Syrian”)
      </li>
      <li>
        <span className="map-legend__swatch marker marker--cluster" aria-hidden="true" />
        Group: number of events
      </li>
      <li>Size: events shown</li>
    </ul>
  );
}
