/**
 * The per-event columns the filter passes read, laid out in date order (position k is
 * eventsByDate[k]): the passes walk the events by date, and at 100,000 events reading columns in
 * corpus order jumped about memory for half their time. Made once per index, on first use.
 */
import type { CorpusIndex } from './corpusIndex.ts';
import { memoByObject } from '../memo/memoByObject.ts';

export interface DateOrderedColumns {
  article: Int32Array;
  textDated: Uint8Array;
  endDay: Int32Array;
  /** Event at position k links places linkPlace[linkStart[k] .. linkStart[k+1]). */
  linkStart: Int32Array;
  linkPlace: Int32Array;
  linkDemonymOnly: Uint8Array;
}

export const dateOrderedColumnsOf = memoByObject((index: CorpusIndex): DateOrderedColumns => {
  const { eventsByDate, eventArticle, eventTextDated, eventEndDay, linkStart, linkPlace } = index;
  const n = eventsByDate.length;
  const columns: DateOrderedColumns = {
    article: new Int32Array(n),
    textDated: new Uint8Array(n),
    endDay: new Int32Array(n),
    linkStart: new Int32Array(n + 1),
    linkPlace: new Int32Array(linkPlace.length),
    linkDemonymOnly: new Uint8Array(linkPlace.length),
  };
  let link = 0;
  for (let k = 0; k < n; k++) {
    const i = eventsByDate[k] as number;
    columns.article[k] = eventArticle[i] as number;
    columns.textDated[k] = eventTextDated[i] as number;
    columns.endDay[k] = eventEndDay[i] as number;
    columns.linkStart[k] = link;
    const last = linkStart[i + 1] as number;
    for (let l = linkStart[i] as number; l < last; l++) {
      columns.linkPlace[link] = linkPlace[l] as number;
      columns.linkDemonymOnly[link] = index.linkDemonymOnly[l] as number;
      link++;
    }
  }
  columns.linkStart[n] = link;
  return columns;
});
