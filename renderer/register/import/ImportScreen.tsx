import {
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading1,
  Heading2,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { Bestand } from '../../../api/contract/bestand.js';
import type { ImportColumns } from '../../../core/model/import.js';
import type { ItemKind } from '../../../core/model/register.js';
import { useClient } from '../../app/client-context.js';
import { markDirty } from '../../app/unsaved.js';
import { readBestand } from '../../components/read-bestand.js';
import '../../styles/tasks.css';
import { ChooseKind } from './ChooseKind.js';
import { formOf, mappingOf, type MappingForm } from './mapping-form.js';
import { MappingFields } from './MappingFields.js';
import { fieldErrorsOf, refusalOf, type Outcome } from './outcome.js';
import { OutcomeView } from './OutcomeView.js';

type Busy = 'lezen' | 'controleren' | 'inlezen';

function busyText(busy: Busy, rijen: number | undefined): string {
  const rows = rijen === undefined ? '' : ` van ${rijen === 1 ? '1 rij' : `${rijen} rijen`}`;
  switch (busy) {
    case 'lezen':
      return 'Bezig met lezen van het bestand…';
    case 'controleren':
      return `Bezig met controleren${rows}…`;
    case 'inlezen':
      return `Bezig met inlezen${rows}…`;
  }
}

const FORM = 'import';

/**
 * Importing a griffie's list in three steps, nothing changed before the last: choose the file and see how its
 * columns are read (the guessed kolomindeling, which the user can change), check it (what would be added, updated or
 * left as it is, or every row's error), then import it.
 */
export function ImportScreen() {
  const client = useClient();
  const [fileKey, setFileKey] = useState(0);
  const [bestand, setBestand] = useState<Bestand | undefined>();
  const [columns, setColumns] = useState<ImportColumns | undefined>();
  const [guessed, setGuessed] = useState<MappingForm | undefined>();
  const [form, setForm] = useState<MappingForm | undefined>();
  const [needKind, setNeedKind] = useState<string | undefined>();
  const [busy, setBusy] = useState<Busy | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const latest = useRef<HTMLHeadingElement>(null);

  // A kolomindeling the user changed is their work: leaving before it is imported asks first.
  const changed =
    form !== undefined && guessed !== undefined && JSON.stringify(form) !== JSON.stringify(guessed);
  useEffect(() => {
    markDirty(FORM, changed && outcome?.kind !== 'done');
  }, [changed, outcome]);
  useEffect(
    () => () => {
      markDirty(FORM, false);
    },
    [],
  );
  // When a step ends, the focus goes to its heading (not while the user changes the form, which clears a preview).
  const [arrived, setArrived] = useState(0);
  useEffect(() => {
    if (arrived > 0) latest.current?.focus();
  }, [arrived]);
  const arrive = (): void => {
    setBusy(undefined);
    setArrived((count) => count + 1);
  };

  const reset = (): void => {
    setBestand(undefined);
    setColumns(undefined);
    setGuessed(undefined);
    setForm(undefined);
    setNeedKind(undefined);
    setOutcome(undefined);
  };

  const loadColumns = async (file: Bestand, soort?: ItemKind): Promise<void> => {
    setBusy('lezen');
    const read = await client.invoke(
      'register.importMapping',
      soort ? { bestand: file, soort } : { bestand: file },
    );
    arrive();
    if (read.ok) {
      const fromGuess = formOf(read.value.kolomindeling);
      setColumns(read.value);
      setGuessed(fromGuess);
      setForm(fromGuess);
      setNeedKind(undefined);
    } else if (read.error.field === 'soort') {
      setNeedKind((read.error.issues ?? []).map((issue) => issue.message).join(' ') || read.error.message);
    } else {
      setOutcome(refusalOf(read.error));
    }
  };

  const choose = async (file: File | undefined): Promise<void> => {
    reset();
    if (!file) return;
    setBusy('lezen');
    let chosen: Bestand;
    try {
      chosen = await readBestand(file);
    } catch (error) {
      arrive();
      setOutcome({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
        general: [],
      });
      return;
    }
    setBestand(chosen);
    await loadColumns(chosen);
  };

  const run = async (step: 'controleren' | 'inlezen'): Promise<void> => {
    if (!bestand || !columns || !form) return;
    setBusy(step);
    const input = { bestand, mapping: mappingOf(form, columns.velden) };
    const result =
      step === 'controleren'
        ? await client.invoke('register.importPreview', input)
        : await client.invoke('register.import', input);
    arrive();
    if (result.ok) setOutcome({ kind: step === 'controleren' ? 'preview' : 'done', summary: result.value });
    else setOutcome(refusalOf(result.error));
  };

  const check = (event: SyntheticEvent): void => {
    event.preventDefault();
    void run('controleren');
  };

  const change = (next: MappingForm): void => {
    setForm(next);
    // A preview speaks of the kolomindeling it was made with; a changed one is checked again before importing.
    if (outcome?.kind === 'preview') setOutcome(undefined);
  };

  const done = outcome?.kind === 'done';
  return (
    <div className="rn-stack">
      <Heading1>Lijst inlezen</Heading1>
      <Paragraph>
        Lees een lijst van moties of toezeggingen van de griffie in. U ziet eerst hoe de kolommen worden
        gelezen en wat inlezen zou doen; het register verandert pas als u op &quot;Inlezen&quot; klikt.
      </Paragraph>
      <FormField>
        <FormLabel htmlFor="importbestand">Lijst van de griffie</FormLabel>
        <FormFieldDescription id="importbestand-uitleg">
          Een CSV-bestand (zoals Excel het opslaat, met puntkomma&apos;s) of een Excel-bestand (XLSX).
        </FormFieldDescription>
        <input
          key={fileKey}
          id="importbestand"
          className="rn-file"
          type="file"
          accept=".csv,.xlsx"
          aria-describedby="importbestand-uitleg"
          disabled={busy !== undefined}
          onChange={(event) => {
            void choose(event.target.files?.[0]);
          }}
        />
      </FormField>
      {needKind !== undefined && bestand && (
        <ChooseKind
          message={needKind}
          disabled={busy !== undefined}
          onChoose={(soort) => {
            void loadColumns(bestand, soort);
          }}
        />
      )}
      {columns && form && bestand && !done && (
        <form className="rn-stack" onSubmit={check} aria-labelledby="kolomindeling">
          <Heading2 id="kolomindeling" ref={outcome ? undefined : latest} tabIndex={-1}>
            Kolomindeling
          </Heading2>
          <Paragraph>
            {bestand.naam}: {columns.rijen === 1 ? '1 rij' : `${columns.rijen} rijen`}. Raadsnota heeft uit de
            kopregel geraden welke kolom welk veld vult; verander wat niet klopt en klik op
            &quot;Controleren&quot;.
          </Paragraph>
          <MappingFields
            columns={columns}
            form={form}
            errors={fieldErrorsOf(outcome)}
            disabled={busy !== undefined}
            onChange={change}
          />
          <ButtonGroup>
            <Button type="submit" appearance="secondary-action-button" disabled={busy !== undefined}>
              Controleren
            </Button>
          </ButtonGroup>
        </form>
      )}
      <div role="status" className="rn-progress">
        {busy && (
          <>
            <progress aria-label={busyText(busy, columns?.rijen)} />
            <span>{busyText(busy, columns?.rijen)}</span>
          </>
        )}
      </div>
      {outcome && (
        <OutcomeView
          outcome={outcome}
          busy={busy !== undefined}
          headingRef={latest}
          onImport={() => {
            void run('inlezen');
          }}
          onAgain={() => {
            reset();
            setFileKey((key) => key + 1);
          }}
        />
      )}
    </div>
  );
}
