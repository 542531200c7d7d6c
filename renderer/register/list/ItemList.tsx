import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { SearchPages } from './use-search-pages.js';
import { ItemRow } from './ItemRow.js';

/** Every row the same height, so that 100,000 of them scroll without measuring one. */
const ROW_HEIGHT = 64;

/**
 * The found items, virtualised: only the rows in view (and a few around them) are in the page, each page of items
 * fetched as the view reaches it. It is a plain list of links: Tab goes from row to row and on out of the list, the
 * arrow keys and Page Down scroll it, and nothing in it holds the focus.
 */
export function ItemList({
  pages,
  total,
  resetKey,
}: {
  pages: SearchPages;
  total: number;
  resetKey: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const rows = virtualizer.getVirtualItems();
  const first = rows[0]?.index;
  const last = rows.at(-1)?.index;
  const { need } = pages;

  useEffect(() => {
    if (first !== undefined && last !== undefined) need(first, last);
  }, [first, last, need]);

  // A new search starts at the top of its list.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
  }, [resetKey, virtualizer]);

  return (
    <div className="rn-list">
      <div className="rn-list__head rn-row" aria-hidden="true">
        <span>Nummer</span>
        <span>Titel of omschrijving</span>
        <span>Soort</span>
        <span>Status</span>
        <span>Termijn</span>
        <span>Portefeuillehouder</span>
      </div>
      <div ref={scroller} className="rn-list__scroller" data-testid="register-lijst">
        <ul
          className="rn-list__rows"
          aria-label="Moties en toezeggingen, op termijn"
          style={{ blockSize: `${virtualizer.getTotalSize()}px` }}
        >
          {rows.map((row) => {
            const item = pages.itemAt(row.index);
            return (
              <li
                key={row.key}
                className="rn-row"
                aria-setsize={total}
                aria-posinset={row.index + 1}
                style={{ blockSize: `${row.size}px`, transform: `translateY(${row.start}px)` }}
              >
                {item ? <ItemRow item={item} /> : <span className="rn-muted">Laden…</span>}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
