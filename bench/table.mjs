// The table every part of the bench prints: figure, value (right-aligned), target and whether it is within it.
export function printTable(rows) {
  const header = ['figure', 'value', 'target', 'within'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '─'.repeat(w))));
  for (const r of rows) console.log(line(r));
}
