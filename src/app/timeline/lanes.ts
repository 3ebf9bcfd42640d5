/**
 * Lane assignment: items (in start order) go to the first lane that is free by their start, so
 * overlapping spans sit one above another. With more overlap than lanes, an item goes to the lane
 * that frees up first: some overlap then stays, which the density strip makes up for.
 */

/**
 * @param order item indexes sorted by start
 * @param starts,ends day numbers per item index, ends exclusive
 * @returns the lane of each item index
 */
export function assignLanes(
  order: Uint32Array,
  starts: Int32Array,
  ends: Int32Array,
  laneCount: number,
): Uint8Array {
  if (laneCount < 1 || laneCount > 255)
    throw new Error(`Unexpected laneCount value: ${laneCount}.`);
  const lanes = new Uint8Array(starts.length);
  const laneEnds = new Float64Array(laneCount).fill(-Infinity);
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const start = starts[i] as number;
    let lane = -1;
    let earliest = 0;
    for (let l = 0; l < laneCount; l++) {
      const laneEnd = laneEnds[l] as number;
      if (laneEnd <= start) {
        lane = l;
        break;
      }
      if (laneEnd < (laneEnds[earliest] as number)) earliest = l;
    }
    if (lane < 0) lane = earliest;
    lanes[i] = lane;
    laneEnds[lane] = Math.max(laneEnds[lane] as number, ends[i] as number);
  }
  return lanes;
}

/** Item indexes grouped by lane, each group in start order: what hit-testing searches. */
export interface LaneGroups {
  /** Lane l holds items[offsets[l]] .. items[offsets[l + 1] - 1]. */
  items: Uint32Array;
  offsets: Uint32Array;
  /** Per lane, the longest item, so a search by start knows how far back to look. */
  maxLength: Int32Array;
}

export function groupByLane(
  order: Uint32Array,
  lanes: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
  laneCount: number,
): LaneGroups {
  const n = order.length;
  const offsets = new Uint32Array(laneCount + 1);
  for (let i = 0; i < n; i++) {
    const slot = (lanes[i] as number) + 1;
    offsets[slot] = (offsets[slot] as number) + 1;
  }
  for (let l = 0; l < laneCount; l++) {
    offsets[l + 1] = (offsets[l + 1] as number) + (offsets[l] as number);
  }
  const fill = offsets.slice(0, laneCount);
  const items = new Uint32Array(n);
  const maxLength = new Int32Array(laneCount);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const lane = lanes[i] as number;
    const position = fill[lane] as number;
    items[position] = i;
    fill[lane] = position + 1;
    const length = (ends[i] as number) - (starts[i] as number);
    if (length > (maxLength[lane] as number)) maxLength[lane] = length;
  }
  return { items, offsets, maxLength };
}
