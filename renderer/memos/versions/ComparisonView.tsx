import {
  Heading3,
  Heading4,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Comparison, Part } from './compare.js';

/**
 * The words of a changed section, in order: added words in <ins>, removed ones in <del>, each with a hidden
 * "toegevoegd:"/"verwijderd:" for a screen reader, and marked by underline and strike-through, not by colour alone.
 */
function Words({ parts }: { parts: readonly Part[] }) {
  return (
    <p className="rn-diff">
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index}>
            <span className="rn-sr-only">toegevoegd: </span>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index}>
            <span className="rn-sr-only">verwijderd: </span>
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}

/** What changed between two versions: the fields, then each section. */
export function ComparisonView({
  comparison,
  oud,
  nieuw,
}: {
  comparison: Comparison;
  oud: number;
  nieuw: number;
}) {
  const changed = comparison.secties.filter((s) => s.wat !== 'ongewijzigd');
  const same = comparison.secties.filter((s) => s.wat === 'ongewijzigd');
  return (
    <section className="rn-section" aria-labelledby="vergelijking-kop">
      <Heading3 id="vergelijking-kop">{`Wat veranderde van versie ${oud} naar versie ${nieuw}`}</Heading3>
      <Heading4 id="velden-kop">Gegevens</Heading4>
      {comparison.velden.length === 0 ? (
        <Paragraph>De gegevens zijn niet veranderd.</Paragraph>
      ) : (
        <Table aria-labelledby="velden-kop">
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Veld</TableHeaderCell>
              <TableHeaderCell scope="col">{`Versie ${oud}`}</TableHeaderCell>
              <TableHeaderCell scope="col">{`Versie ${nieuw}`}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {comparison.velden.map((veld) => (
              <TableRow key={veld.label}>
                <TableHeaderCell scope="row">{veld.label}</TableHeaderCell>
                <TableCell>{veld.oud}</TableCell>
                <TableCell>{veld.nieuw}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {changed.map((sectie) => (
        <div key={`${sectie.wat}:${sectie.titel}`} className="rn-diff-section">
          <Heading4>{`${sectie.titel} (${sectie.wat === 'gewijzigd' ? 'gewijzigd' : `sectie ${sectie.wat}`})`}</Heading4>
          {sectie.wat === 'gewijzigd' && <Words parts={sectie.parts} />}
        </div>
      ))}
      {same.length > 0 && <Paragraph>{`Ongewijzigd: ${same.map((s) => s.titel).join(', ')}.`}</Paragraph>}
    </section>
  );
}
