/**
 * The items that pass the filters, remade on each filter change from the item index, which is
 * not: which items show (a mask), in start order, how many start and end before each distinct
 * day (so a window's count is two lookups), and their density. One pass over the items shown,
 * not over every item, when they come in start order (the shell's do), then one over the days.
 */
import { densityOf, type DensityIndex } from './density.ts';
import type { ItemIndex } from './itemIndex.ts';
import { memoByObject } from '../memo/memoByObject.ts';

export interface ShownItems {
  index: ItemIndex;
  /** How many items show. */
  count: number;
  /** Per item index: 1 when the item shows. */
  mask: Uint8Array;
  /** The item indexes that show, in start order. */
  order: Int32Array;
  /** startsBefore[j]: how many shown items start before index.startDays[j]; j up to its length. */
  startsBefore: Int32Array;
  /** endsBefore[j]: how many shown items end before index.endDays[j]; j up to its length. */
  endsBefore: Int32Array;
  /** The first start and the last (exclusive) end of the items shown; 0 and 0 for none. */
  firstDay: number;
  pastDay: number;
  density: DensityIndex;
}

const everyItem = memoByObject((index: ItemIndex) =>
  shownFrom(index, Int32Array.from(index.order)),
);

/**
 * The items listed in `visible` (item indexes, each once; ascending is fastest when the items
 * are in start order), or every item when it is null or lists them all.
 */
export function selectShown(index: ItemIndex, visible: Int32Array | null): ShownItems {
  const n = index.starts.length;
  if (visible === null || visible.length === n) return everyItem(index);
  return shownFrom(index, visible);
}

function shownFrom(index: ItemIndex, listed: Int32Array): ShownItems {
  const { starts, ends, startSlot, endSlot, startDays, endDays } = index;
  const count = listed.length;
  const mask = new Uint8Array(starts.length);
  // per distinct day, shown items starting (ending) on it, one slot up: prefix-summed below
  const startsBefore = new Int32Array(startDays.length + 1);
  const endsBefore = new Int32Array(endDays.length + 1);
  let previous = -1;
  let inStartOrder = true;
  let pastDay = count > 0 ? -Infinity : 0;
  for (let k = 0; k < count; k++) {
    const i = listed[k] as number;
    mask[i] = 1;
    const slot = startSlot[i] as number;
    if (slot < previous) inStartOrder = false;
    previous = slot;
    startsBefore[slot + 1] = (startsBefore[slot + 1] as number) + 1;
    const endAt = (endSlot[i] as number) + 1;
    endsBefore[endAt] = (endsBefore[endAt] as number) + 1;
    pastDay = Math.max(pastDay, ends[i] as number);
  }
  for (let j = 1; j < startsBefore.length; j++) {
    startsBefore[j] = (startsBefore[j] as number) + (startsBefore[j - 1] as number);
  }
  for (let j = 1; j < endsBefore.length; j++) {
    endsBefore[j] = (endsBefore[j] as number) + (endsBefore[j - 1] as number);
  }
  // listed in another order: pick the shown items out of the full start order instead
  let order = listed;
  if (!inStartOrder) {
    order = new Int32Array(count);
    let k = 0;
    for (let j = 0; j < index.order.length; j++) {
      const i = index.order[j] as number;
      if (mask[i] === 1) order[k++] = i;
    }
  }
  return {
    index,
    count,
    mask,
    order,
    startsBefore,
    endsBefore,
    firstDay: count > 0 ? (starts[order[0] as number] as number) : 0,
    pastDay,
    density: densityOf(index.cells, order),
  };
}
