import { StatusBadge } from '@utrecht/component-library-react';
import type { FoundItem } from '../../../core/model/search.js';
import { hrefOf } from '../../app/route.js';
import { formatDate } from '../../components/format.js';
import { OverdueMark } from '../../components/OverdueMark.js';

/**
 * One item in the list: its number and title as the link to its page (the whole row is clickable through the link's
 * stretched area, but only the link is a tab stop), then what a griffie scans for. Each value has a hidden label, so
 * a screen reader hears "Status: open" where a sighted user reads the column's header.
 */
export function ItemRow({ item }: { item: FoundItem }) {
  const titel = item.soort === 'motie' ? item.titel : item.omschrijving;
  return (
    <>
      <span className="rn-row__nummer">{item.nummer}</span>
      <a
        className="utrecht-link rn-row__link"
        href={hrefOf({ screen: 'item', soort: item.soort, id: item.id })}
      >
        <span className="rn-sr-only">{`${item.soort} ${item.nummer}: `}</span>
        {titel}
      </a>
      <span className="rn-row__soort">
        <span className="rn-sr-only">Soort: </span>
        {item.soort}
      </span>
      <span className="rn-row__status">
        <span className="rn-sr-only">Status: </span>
        <StatusBadge status={item.status.replace(' ', '-')}>{item.status}</StatusBadge>
      </span>
      <span className="rn-row__termijn">
        <span className="rn-sr-only">Termijn: </span>
        {item.termijn ? formatDate(item.termijn) : <span className="rn-muted">geen</span>}
        {item.teLaat && <OverdueMark />}
      </span>
      <span className="rn-row__portefeuillehouder">
        <span className="rn-sr-only">Portefeuillehouder: </span>
        {item.portefeuillehouder ?? ''}
      </span>
    </>
  );
}
