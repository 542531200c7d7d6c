import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { RowError } from './row-errors.js';

/** Every problem of the list's rows, each with its Excel row number and column, as the user finds it in the file. */
export function RowErrorTable({ rows }: { rows: readonly RowError[] }) {
  return (
    <Table className="rn-row-errors">
      <TableCaption>
        {rows.length === 1 ? '1 fout' : `${rows.length} fouten`} in de lijst, per rij en kolom
      </TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Rij</TableHeaderCell>
          <TableHeaderCell scope="col">Kolom</TableHeaderCell>
          <TableHeaderCell scope="col">Wat er mis is</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, index) => (
          // The same cell can have two problems; their place in the list keeps them apart.
          <TableRow key={`${row.rij}/${row.kolom}/${index}`}>
            <TableCell>{row.rij}</TableCell>
            <TableCell>{row.kolom}</TableCell>
            <TableCell>{row.melding}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
