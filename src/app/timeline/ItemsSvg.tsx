/**
 * The items as focusable SVG, for views with few items: each one is a button in chronological
 * order (the tab order), named by its label and date. Pointer events go to the plot's gestures,
 * which find the item by its `data-item` under the pointer.
 */
import type { KeyboardEvent } from 'react';
import { describeItem } from './describe.ts';
import { itemShape } from './drawPlot.ts';
import type { ItemIndex } from './itemIndex.ts';
import { LAYOUT } from './layout.ts';
import type { View } from './scale.ts';
import type { TimelineItem } from './types.ts';

interface ItemsSvgProps {
  index: ItemIndex;
  visible: readonly number[];
  view: View;
  /** False while these are the items of an earlier view: transparent, the canvas draws them. */
  current: boolean;
  width: number;
  selected: number;
  highlightedIds: ReadonlySet<string>;
  onSelect: (item: number) => void;
  /** Focus reached (true) or left (false) an item. */
  onFocusItem: (item: number, focused: boolean) => void;
}

export function ItemsSvg(props: ItemsSvgProps) {
  const { index, visible, view, current, width, selected, highlightedIds, onSelect, onFocusItem } =
    props;
  const r = LAYOUT.pointRadius;
  const onKeyDown = (i: number) => (event: KeyboardEvent<SVGGElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      onSelect(i);
    }
  };
  // tab order is date order, so emphasised items are drawn again on top instead of moved last
  const emphasised = visible.filter(
    (i) => i === selected || highlightedIds.has((index.items[i] as TimelineItem).id),
  );
  emphasised.sort((a, b) => Number(a === selected) - Number(b === selected));
  return (
    <g className={current ? 'tl-items' : 'tl-items tl-items--stale'}>
      {visible.map((i) => {
        const item = index.items[i] as TimelineItem;
        const shape = itemShape(index, view, width, i);
        const classes = [
          'tl-item',
          shape.point ? 'tl-point' : 'tl-span',
          index.published[i] ? 'tl-published' : 'tl-text',
          i === selected ? 'tl-selected' : '',
          highlightedIds.has(item.id) ? 'tl-highlighted' : '',
        ].join(' ');
        const left = Math.max(-2, shape.x0);
        const barWidth = Math.max(3, Math.min(width + 2, shape.x1) - left);
        return (
          <g
            key={item.id}
            data-item={i}
            className={classes}
            role="button"
            tabIndex={0}
            aria-label={describeItem(item)}
            aria-pressed={i === selected}
            onKeyDown={onKeyDown(i)}
            onFocus={() => onFocusItem(i, true)}
            onBlur={() => onFocusItem(i, false)}
          >
            {shape.point ? (
              <>
                <circle className="tl-focus-ring" cx={shape.cx} cy={shape.cy} r={r + 3} />
                <circle className="tl-mark" cx={shape.cx} cy={shape.cy} r={r} />
              </>
            ) : (
              <>
                <rect
                  className="tl-focus-ring"
                  x={left - 2}
                  y={shape.y - 1}
                  width={barWidth + 4}
                  height={LAYOUT.laneHeight + 2}
                  rx={2}
                />
                <rect
                  className="tl-mark"
                  x={left + 0.5}
                  y={shape.y + 1.5}
                  width={barWidth - 1}
                  height={LAYOUT.laneHeight - 3}
                />
              </>
            )}
          </g>
        );
      })}
      <g className="tl-emphasis" aria-hidden="true">
        {emphasised.map((i) => {
          const shape = itemShape(index, view, width, i);
          const kind = i === selected ? 'tl-selected' : 'tl-highlighted';
          if (shape.point) {
            return <circle key={i} className={kind} cx={shape.cx} cy={shape.cy} r={r + 1} />;
          }
          const left = Math.max(-2, shape.x0);
          const barWidth = Math.max(3, Math.min(width + 2, shape.x1) - left);
          return (
            <rect
              key={i}
              className={kind}
              x={left}
              y={shape.y + 0.5}
              width={barWidth}
              height={LAYOUT.laneHeight - 1}
            />
          );
        })}
      </g>
    </g>
  );
}
