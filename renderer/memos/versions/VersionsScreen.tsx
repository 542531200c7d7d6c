import {
  Alert,
  Button,
  FormField,
  FormLabel,
  Heading1,
  Heading2,
  Link,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { memoLabels } from '../../../core/model/field-labels.js';
import type { Manifest } from '../../../core/model/manifest.js';
import type { Sectie } from '../../../core/model/memo.js';
import type { StoredMemo } from '../../../core/model/memo-register.js';
import { useClient } from '../../app/client-context.js';
import { formatMoment } from '../../components/format.js';
import { sentence } from '../../components/sentence.js';
import { compareVersions } from './compare.js';
import { ComparisonView } from './ComparisonView.js';
import { plainText } from './plain-text.js';
import { useVersionDocuments } from './use-version-documents.js';
import { VersionView } from './VersionView.js';
import '../../styles/register.css';
import './versions.css';

/** How far a version got: sent (when, by whom), or the current one and its status. */
function standOf(memo: StoredMemo, versie: number): string {
  const sent = memo.historie.find((entry) => entry.versie === versie && entry.nieuw === 'verzonden');
  if (sent) return `verzonden op ${formatMoment(sent.op)} door ${sent.door}`;
  return versie === memo.nota.versie ? `huidige versie (${memo.nota.status})` : 'niet verzonden';
}

/**
 * The versions of a memo (`#/memos/<id>/versies`): each one to open read-only, and a comparison of two of them per
 * section, word by word, with the fields that changed.
 */
export function VersionsScreen({ id }: { id: number }) {
  const client = useClient();
  const [memo, setMemo] = useState<StoredMemo>();
  const [manifest, setManifest] = useState<Manifest>();
  const [problem, setProblem] = useState<string>();
  const [opened, setOpened] = useState<number>();
  const [pair, setPair] = useState<[number, number]>();
  const [chosen, setChosen] = useState<[number, number]>([1, 1]);
  const { documents, load } = useVersionDocuments(id);

  useEffect(() => {
    let current = true;
    void Promise.all([client.invoke('memos.get', { id }), client.invoke('memos.types', {})]).then(
      ([stored, types]) => {
        if (!current) return;
        if (!stored.ok) {
          setProblem(sentence(stored.error.message));
          return;
        }
        setMemo(stored.value);
        const latest = stored.value.nota.versie;
        setChosen([Math.max(1, latest - 1), latest]);
        if (types.ok) setManifest(types.value.types.find((t) => t.type === stored.value.nota.type));
      },
    );
    return () => {
      current = false;
    };
  }, [client, id]);

  const titleOf = useMemo(() => {
    const titles = new Map(manifest?.secties.flatMap((s) => ('sleutel' in s ? [[s.sleutel, s.titel]] : [])));
    return (sectie: Sectie): string =>
      sectie.titel ?? titles.get(sectie.sleutel ?? '') ?? sectie.sleutel ?? '';
  }, [manifest]);
  const labelOf = useMemo(() => {
    const labels = memoLabels(undefined, manifest?.velden ?? []).fields;
    return (field: string): string => labels[field] ?? field;
  }, [manifest]);

  const show = async (versies: readonly number[], then: () => void): Promise<void> => {
    const refused = await load(versies);
    if (refused) setProblem(sentence(refused.message));
    else then();
  };

  if (!memo) {
    return (
      <>
        <Heading1>Versies</Heading1>
        {problem ? (
          <Alert type="error" role="alert">
            <Paragraph>{problem}</Paragraph>
          </Alert>
        ) : (
          <Paragraph role="status">Bezig met laden…</Paragraph>
        )}
      </>
    );
  }
  const versies = Array.from({ length: memo.nota.versie }, (_, index) => index + 1);
  const openedDocument = opened === undefined ? undefined : documents.get(opened);
  const oud = pair && documents.get(pair[0]);
  const nieuw = pair && documents.get(pair[1]);
  const comparison =
    pair && oud && nieuw ? compareVersions(oud, nieuw, { titleOf, labelOf, textOf: plainText }) : undefined;
  const versionSelect = (which: 0 | 1, label: string) => (
    <FormField>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={`vergelijk-${which}`}>{label}</FormLabel>
      </div>
      <div className="utrecht-form-field__input">
        <Select
          id={`vergelijk-${which}`}
          value={String(chosen[which])}
          onChange={(event: ChangeEvent<HTMLSelectElement>) => {
            const next: [number, number] = [...chosen];
            next[which] = Number(event.target.value);
            setChosen(next);
          }}
        >
          {versies.map((versie) => (
            <SelectOption key={versie} value={String(versie)}>{`versie ${versie}`}</SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );

  return (
    <>
      <Heading1>{`Versies van ${memo.nota.onderwerp === '' ? `nota ${id}` : memo.nota.onderwerp}`}</Heading1>
      <Paragraph>
        <Link href={`#/memos/${id}`}>Terug naar de nota</Link>
      </Paragraph>
      {problem && (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
      <Table aria-label="Versies">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Versie</TableHeaderCell>
            <TableHeaderCell scope="col">Stand</TableHeaderCell>
            <TableHeaderCell scope="col">
              <span className="rn-sr-only">Openen</span>
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {versies.map((versie) => (
            <TableRow key={versie}>
              <TableCell>{versie}</TableCell>
              <TableCell>{standOf(memo, versie)}</TableCell>
              <TableCell>
                <Button
                  appearance="secondary-action-button"
                  aria-label={`Open versie ${versie}`}
                  onClick={() => {
                    void show([versie], () => {
                      setOpened(versie);
                    });
                  }}
                >
                  Openen
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {versies.length > 1 && (
        <form
          className="rn-form rn-compare"
          aria-labelledby="vergelijk-kop"
          onSubmit={(event) => {
            event.preventDefault();
            void show(chosen, () => {
              setPair(chosen);
            });
          }}
        >
          <Heading2 id="vergelijk-kop">Twee versies vergelijken</Heading2>
          {versionSelect(0, 'Van versie')}
          {versionSelect(1, 'Naar versie')}
          <div className="rn-actions">
            <Button type="submit" appearance="primary-action-button">
              Vergelijken
            </Button>
          </div>
        </form>
      )}
      {comparison && pair && <ComparisonView comparison={comparison} oud={pair[0]} nieuw={pair[1]} />}
      {openedDocument && opened !== undefined && (
        <VersionView versie={opened} document={openedDocument} titleOf={titleOf} labelOf={labelOf} />
      )}
    </>
  );
}
