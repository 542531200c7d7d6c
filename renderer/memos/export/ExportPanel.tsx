import {
  Alert,
  Button,
  Checkbox,
  FormField,
  FormLabel,
  Heading2,
  Paragraph,
  Select,
  SelectOption,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useState, type ChangeEvent } from 'react';
import type { OutputOf } from '../../../api/contract/index.js';
import type { Manifest } from '../../../core/model/manifest.js';
import { useClient } from '../../app/client-context.js';
import { ErrorSummary } from '../../components/ErrorSummary.js';
import { sentence } from '../../components/sentence.js';
import { TextField } from '../../components/TextField.js';
import type { DraftSection } from '../editor/draft.js';
import { FORM } from '../editor/missing.js';
import { ExportResult } from './ExportResult.js';
import { progressOf, stepText } from './steps.js';
import { useExport } from './use-export.js';
import './export.css';

type Profiel = OutputOf<'export.profiles'>['profielen'][number];

/**
 * The export to the BIS from the editor: a profile (export.profiles), "PDF erbij", and "Exporteren", which saves
 * what is typed and makes the package in the background, its steps shown as they come. A memo that is not complete
 * gets its problems here, each linked to its field; a finished package shows its name, openbaarheid and files.
 */
export function ExportPanel({
  id,
  flush,
  sections,
  manifest,
  bijlageBestanden,
}: {
  id: number;
  flush: () => Promise<boolean>;
  sections: () => readonly DraftSection[];
  manifest: Manifest;
  /** How many of the memo's bijlagen name a file: the package takes those from a folder the writer names. */
  bijlageBestanden: number;
}) {
  const client = useClient();
  const { state, start, file } = useExport(id, flush, sections, manifest);
  const [profielen, setProfielen] = useState<readonly Profiel[]>([]);
  const [profiel, setProfiel] = useState<string>();
  const [pdf, setPdf] = useState(true);
  const [map, setMap] = useState('');
  const [loadProblem, setLoadProblem] = useState<string>();

  useEffect(() => {
    void client.invoke('export.profiles', {}).then((result) => {
      if (!result.ok) {
        setLoadProblem(sentence(result.error.message));
        return;
      }
      setProfielen(result.value.profielen);
      setProfiel(
        (current) =>
          current ??
          result.value.profielen.find((p) => p.naam === 'generiek')?.naam ??
          result.value.profielen[0]?.naam,
      );
    });
  }, [client]);

  const busy = state.kind === 'busy';
  const chosen = profielen.find((p) => p.naam === profiel);
  const progress = progressOf(busy ? state.status : undefined);
  return (
    <section className="rn-section rn-export" aria-labelledby="export-kop">
      <Heading2 id="export-kop">Exporteren naar het BIS</Heading2>
      <form
        className="rn-form"
        noValidate
        aria-labelledby="export-kop"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy)
            void start(profiel, pdf, bijlageBestanden > 0 && map.trim() !== '' ? map.trim() : undefined);
        }}
      >
        <FormField>
          <div className="utrecht-form-field__label">
            <FormLabel htmlFor="export-profiel">Profiel</FormLabel>
          </div>
          <div className="utrecht-form-field__input">
            <Select
              id="export-profiel"
              value={profiel ?? ''}
              disabled={busy || profielen.length === 0}
              aria-describedby={chosen?.omschrijving === undefined ? undefined : 'export-profiel-uitleg'}
              onChange={(event: ChangeEvent<HTMLSelectElement>) => {
                setProfiel(event.target.value);
              }}
            >
              {profielen.map((p) => (
                <SelectOption key={p.naam} value={p.naam}>
                  {p.titel}
                </SelectOption>
              ))}
            </Select>
          </div>
          {chosen?.omschrijving !== undefined && (
            <Paragraph id="export-profiel-uitleg" className="rn-export__hint">
              {chosen.omschrijving}
            </Paragraph>
          )}
        </FormField>
        <FormField type="checkbox">
          <div className="utrecht-form-field__input">
            <Checkbox
              id="export-pdf"
              checked={pdf}
              disabled={busy}
              onChange={(event: ChangeEvent<HTMLInputElement>) => {
                setPdf(event.target.checked);
              }}
            />
          </div>
          <div className="utrecht-form-field__label utrecht-form-field__label--checkbox">
            <FormLabel htmlFor="export-pdf" type="checkbox" checked={pdf}>
              PDF erbij (PDF/A, gemaakt met LibreOffice)
            </FormLabel>
          </div>
        </FormField>
        {bijlageBestanden > 0 && (
          <TextField
            form="export"
            field="map"
            label="Map met de bijlagen"
            value={map}
            onChange={setMap}
            description={`${bijlageBestanden === 1 ? 'Een bijlage noemt een bestand' : `${bijlageBestanden} bijlagen noemen een bestand`}; het pakket neemt het mee uit deze map. Geef een volledig pad, zoals C:\\Nota's\\Zwemles of /home/anna/nota.`}
          />
        )}
        <div className="rn-actions">
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Exporteren
          </Button>
        </div>
      </form>
      {loadProblem !== undefined && (
        <Alert type="error" role="alert">
          <Paragraph>{`De exportprofielen zijn niet te laden: ${loadProblem}`}</Paragraph>
        </Alert>
      )}
      <div role="status" className="rn-progress rn-export__progress">
        {busy && (
          <>
            <progress id="export-voortgang" aria-label={stepText(state.status)} {...progress} />
            <span>{stepText(state.status)}</span>
          </>
        )}
      </div>
      {state.kind === 'refused' && (
        <ErrorSummary
          form={FORM}
          errors={state.found.summary}
          labels={state.found.labels}
          summaryId="export-samenvatting"
          title="De nota kan nog niet worden geëxporteerd"
        />
      )}
      {state.kind === 'failed' && (
        <Alert type="error" role="alert">
          <Paragraph>Het pakket is niet gemaakt:</Paragraph>
          <UnorderedList>
            {state.messages.map((message) => (
              <UnorderedListItem key={message}>{message}</UnorderedListItem>
            ))}
          </UnorderedList>
        </Alert>
      )}
      {state.kind === 'done' && (
        <ExportResult key={state.taak} pakket={state.pakket} pdf={state.pdf} file={file} />
      )}
    </section>
  );
}
