import {
  Heading2,
  Heading3,
  Table,
  TableBody,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { MemoDocument } from '../../../core/model/memo-concept.js';
import type { Sectie } from '../../../core/model/memo.js';
import { RichTextEditor } from '../editor/richtext/RichTextEditor.js';
import { shown } from './compare.js';

/**
 * One version as it was, read-only: its fields, then each section in the editor itself (read-only), so that it looks
 * as it did while it was written.
 */
export function VersionView({
  versie,
  document,
  titleOf,
  labelOf,
}: {
  versie: number;
  document: MemoDocument;
  titleOf: (sectie: Sectie) => string;
  labelOf: (field: string) => string;
}) {
  const fields = Object.keys(document).filter((field) => field !== 'secties' && field !== 'type');
  return (
    <section className="rn-section" aria-labelledby="versie-kop">
      <Heading2 id="versie-kop">{`Versie ${versie} (alleen lezen)`}</Heading2>
      <Table aria-labelledby="versie-kop">
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field}>
              <TableHeaderCell scope="row">{labelOf(field)}</TableHeaderCell>
              <TableCell>{shown(document[field])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {document.secties.map((sectie, index) => (
        <div key={`${versie}:${index}`} className="rn-version-section">
          <Heading3>{titleOf(sectie)}</Heading3>
          <RichTextEditor
            id={`versie-${versie}-sectie-${index}`}
            label={`${titleOf(sectie)} (versie ${versie})`}
            value={sectie.inhoud}
            onChange={() => undefined}
            readOnly
          />
        </div>
      ))}
    </section>
  );
}
