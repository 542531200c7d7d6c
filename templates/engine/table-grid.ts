import type { CellSpan, TableRow } from './tree.js';

/** A cell of a row where it stands in the table's grid: its place in the row's cells, its first column, its span. */
export interface PlacedCell {
  index: number;
  column: number;
  span: CellSpan;
}

const ONE: CellSpan = { columns: 1, rows: 1 };

/**
 * Places every cell in the grid as HTML does: each at the first column its row has free, where a cell from a row
 * above with rowspan still covers columns; the table is as wide as the widest row thus laid out.
 */
export function placeCells(rows: readonly TableRow[]): {
  placed: PlacedCell[][];
  /** Per row, the columns no cell of the row takes and no cell from above covers: they get empty cells. */
  free: number[][];
  columns: number;
  /** The rows (from 0) with a cell that falls over a column a cell from above covers: HTML's table model error. */
  overlapping: number[];
} {
  // For each row, the columns that cells from rows above cover.
  const covered = rows.map(() => new Set<number>());
  let columns = 1;
  const overlapping = new Set<number>();
  const placed = rows.map((row, r) => {
    let column = 0;
    return row.cells.map((_, index) => {
      while (covered[r]?.has(column)) column++;
      const span = row.spans?.[index] ?? ONE;
      for (let c = column; c < column + span.columns; c++) if (covered[r]?.has(c)) overlapping.add(r);
      for (let below = r + 1; below < Math.min(rows.length, r + span.rows); below++) {
        for (let c = column; c < column + span.columns; c++) covered[below]?.add(c);
      }
      const cell = { index, column, span };
      column += span.columns;
      columns = Math.max(columns, column);
      return cell;
    });
  });
  for (const set of covered) for (const c of set) columns = Math.max(columns, c + 1);
  const free = placed.map((cells, r) => {
    const taken = new Set(covered[r]);
    for (const { column, span } of cells) for (let c = column; c < column + span.columns; c++) taken.add(c);
    return Array.from({ length: columns }, (_, c) => c).filter((c) => !taken.has(c));
  });
  return { placed, free, columns, overlapping: [...overlapping] };
}

/** How many of the table's columns each row fills, with its own cells and those that reach into it from above. */
export function rowWidths(rows: readonly TableRow[]): number[] {
  const { free, columns } = placeCells(rows);
  return free.map((unfilled) => columns - unfilled.length);
}
