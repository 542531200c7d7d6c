import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { HistoryEntry } from '../../../core/model/history.js';
import { formatDate, formatMoment } from '../../components/format.js';

const FIELD = { status: 'Status', termijn: 'Termijn' } as const;

/** A termijn reads as a date; a status as it is; nothing as a dash. */
function shown(entry: HistoryEntry, value: string | undefined): string {
  if (value === undefined || value === '') return '–';
  return entry.veld === 'termijn' ? formatDate(value) : value;
}

/** Every change of the item's status and termijn, oldest first: when, who, what it was and became, and why. */
export function History({ historie }: { historie: readonly HistoryEntry[] }) {
  return (
    <section className="rn-section" aria-labelledby="historie-kop">
      <Heading2 id="historie-kop">Historie</Heading2>
      {historie.length === 0 ? (
        <Paragraph>De status en de termijn zijn nog niet veranderd.</Paragraph>
      ) : (
        <Table className="rn-history">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
              <TableHeaderCell scope="col">Wie</TableHeaderCell>
              <TableHeaderCell scope="col">Wat</TableHeaderCell>
              <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {historie.map((entry, index) => (
              <TableRow key={index}>
                <TableCell>{formatMoment(entry.op)}</TableCell>
                <TableCell>{entry.door}</TableCell>
                <TableCell>{`${FIELD[entry.veld]}: ${shown(entry, entry.oud)} → ${shown(entry, entry.nieuw)}`}</TableCell>
                <TableCell>{entry.toelichting ?? ''}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
