import { Button, StatusBadge } from '@utrecht/component-library-react';
import type { MemoRecord } from '../../../core/model/memo-register.js';
import { hrefOf } from '../../app/route.js';
import { formatMoment } from '../../components/format.js';
import type { Answers } from './use-answers.js';

/**
 * The memos found, latest change first: the subject as the link to the editor, then what a writer scans for. A memo
 * without a subject yet is named by its type and number, so that every row has a link to say.
 */
export function MemoTable({
  memos,
  answers,
  onExport,
  exporting,
}: {
  memos: readonly MemoRecord[];
  answers: Answers;
  onExport: (memo: MemoRecord) => void;
  exporting: number | undefined;
}) {
  return (
    <table className="utrecht-table rn-memo-table">
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">
            Onderwerp
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            Type
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            Kenmerk
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            Status
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            Beantwoordt
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            Laatst gewijzigd
          </th>
          <th className="utrecht-table__header-cell" scope="col">
            <span className="rn-sr-only">Notabestand</span>
          </th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {memos.map((memo) => {
          const naam =
            memo.onderwerp === '' ? `${memo.type} ${memo.id} (nog zonder onderwerp)` : memo.onderwerp;
          const answered = answers.get(`${memo.id}:${memo.revisie}`);
          return (
            <tr key={memo.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">
                <a className="utrecht-link" href={hrefOf({ screen: 'memo', id: memo.id })}>
                  {naam}
                </a>
              </td>
              <td className="utrecht-table__cell">{memo.type}</td>
              <td className="utrecht-table__cell">
                {memo.kenmerk ?? <span className="rn-muted">geen</span>}
              </td>
              <td className="utrecht-table__cell">
                <StatusBadge status={memo.status.replace(/[^a-zA-Z]+/g, '-')}>{memo.status}</StatusBadge>
                {memo.versie > 1 && <span className="rn-muted">{` versie ${memo.versie}`}</span>}
              </td>
              <td className="utrecht-table__cell">
                {answered === undefined ? (
                  '…'
                ) : answered === '' ? (
                  <span className="rn-muted">niets</span>
                ) : (
                  answered
                )}
              </td>
              <td className="utrecht-table__cell">{formatMoment(memo.updatedAt)}</td>
              <td className="utrecht-table__cell">
                <Button
                  appearance="secondary-action-button"
                  busy={exporting === memo.id}
                  disabled={exporting !== undefined}
                  aria-label={`Exporteren: ${naam}`}
                  onClick={() => {
                    onExport(memo);
                  }}
                >
                  Exporteren
                </Button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
