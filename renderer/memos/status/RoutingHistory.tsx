import { Heading3, OrderedList, OrderedListItem } from '@utrecht/component-library-react';
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

/**
 * The memo's routing: its creation and every change of status, oldest first, with who, when, which version and why.
 * A list rather than a table: it stands in the editor's narrow side column.
 */
export function RoutingHistory({ historie }: { historie: readonly MemoHistoryEntry[] }) {
  return (
    <>
      <Heading3 id="routing-kop">Routing</Heading3>
      <OrderedList className="rn-routing" aria-labelledby="routing-kop">
        {historie.map((entry, index) => (
          <OrderedListItem key={index}>
            <strong>{what(entry)}</strong> <span className="rn-muted">(versie {entry.versie})</span>
            <br />
            {`${formatMoment(entry.op)}, ${entry.door}`}
            {entry.toelichting && (
              <>
                <br />
                {entry.toelichting}
              </>
            )}
          </OrderedListItem>
        ))}
      </OrderedList>
    </>
  );
}
