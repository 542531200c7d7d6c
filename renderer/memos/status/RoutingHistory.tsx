import {
  Heading3,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { MemoHistoryEntry } from '../../../core/model/memo-register.js';
import { formatMoment } from '../../components/format.js';

function what(entry: MemoHistoryEntry): string {
  switch (entry.gebeurtenis) {
    case 'aangemaakt':
      return 'aangemaakt als concept';
    case 'ingelezen':
      return 'ingelezen uit een notabestand';
    case 'status':
      return `${entry.oud ?? '–'} → ${entry.nieuw}`;
  }
}

/** The memo's routing: its creation and every change of status, oldest first, with who, when, which version and why. */
export function RoutingHistory({ historie }: { historie: readonly MemoHistoryEntry[] }) {
  return (
    <>
      <Heading3 id="routing-kop">Routing</Heading3>
      <Table className="rn-history" aria-labelledby="routing-kop">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
            <TableHeaderCell scope="col">Wie</TableHeaderCell>
            <TableHeaderCell scope="col">Wat</TableHeaderCell>
            <TableHeaderCell scope="col">Versie</TableHeaderCell>
            <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {historie.map((entry, index) => (
            <TableRow key={index}>
              <TableCell>{formatMoment(entry.op)}</TableCell>
              <TableCell>{entry.door}</TableCell>
              <TableCell>{what(entry)}</TableCell>
              <TableCell>{entry.versie}</TableCell>
              <TableCell>{entry.toelichting ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
