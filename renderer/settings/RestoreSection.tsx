import {
  Alert,
  Button,
  ButtonGroup,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import type { Bestand } from '../../api/contract/bestand.js';
import type { Restored } from '../../core/model/backup.js';
import { useClient } from '../app/client-context.js';
import { readBestand } from '../components/read-bestand.js';
import { sentence } from '../components/sentence.js';

type Step =
  | { stap: 'kiezen' }
  | { stap: 'bevestigen'; bestand: Bestand }
  | { stap: 'bezig'; bestand: Bestand }
  | { stap: 'klaar'; naam: string; restored: Restored };

/**
 * Putting a backup back in place of the register: choose the file, answer the question (the whole register is
 * replaced), and see what was restored, or why not (the register then stays as it was).
 */
export function RestoreSection() {
  const client = useClient();
  const [fileKey, setFileKey] = useState(0);
  const [chosen, setChosen] = useState<File | undefined>();
  const [step, setStep] = useState<Step>({ stap: 'kiezen' });
  const [error, setError] = useState<string | undefined>();
  const question = useRef<HTMLHeadingElement>(null);
  const outcome = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (step.stap === 'bevestigen') question.current?.focus();
    if (step.stap === 'klaar') outcome.current?.focus();
  }, [step.stap]);

  const ask = async (): Promise<void> => {
    if (!chosen) return;
    setError(undefined);
    try {
      setStep({ stap: 'bevestigen', bestand: await readBestand(chosen) });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  const restore = async (bestand: Bestand): Promise<void> => {
    setStep({ stap: 'bezig', bestand });
    const result = await client.invoke('backup.upload', { bestand });
    if (result.ok) {
      setStep({ stap: 'klaar', naam: bestand.naam, restored: result.value });
      setChosen(undefined);
      setFileKey((key) => key + 1);
    } else {
      setStep({ stap: 'kiezen' });
      setError(result.error.message);
    }
  };

  const busy = step.stap === 'bezig';
  return (
    <section className="rn-stack" aria-labelledby="reservekopie-terugzetten">
      <Heading2 id="reservekopie-terugzetten">Reservekopie terugzetten</Heading2>
      <Paragraph>
        Zet een eerder gemaakte reservekopie terug. Het register krijgt dan de inhoud van de reservekopie; wat
        daarna is ingelezen of veranderd, gaat verloren.
      </Paragraph>
      <FormField invalid={error !== undefined}>
        <FormLabel htmlFor="reservekopie">Reservekopie</FormLabel>
        <FormFieldDescription id="reservekopie-uitleg">
          Een bestand dat Raadsnota als reservekopie heeft gemaakt, zoals
          raadsnota-reservekopie-2026-12-06.sqlite.
        </FormFieldDescription>
        {error !== undefined && (
          <FormFieldErrorMessage id="reservekopie-fout">{sentence(error, true)}</FormFieldErrorMessage>
        )}
        <input
          key={fileKey}
          id="reservekopie"
          className="rn-file"
          type="file"
          accept=".sqlite,.sqlite3,.db"
          aria-describedby={
            error === undefined ? 'reservekopie-uitleg' : 'reservekopie-uitleg reservekopie-fout'
          }
          aria-invalid={error !== undefined || undefined}
          disabled={busy || step.stap === 'bevestigen'}
          onChange={(event) => {
            setChosen(event.target.files?.[0]);
            setError(undefined);
            setStep({ stap: 'kiezen' });
          }}
        />
      </FormField>
      {step.stap === 'kiezen' || step.stap === 'klaar' ? (
        <Button appearance="secondary-action-button" disabled={!chosen} onClick={() => void ask()}>
          Terugzetten…
        </Button>
      ) : (
        <Alert type="warning" className="rn-confirm">
          <Heading3 ref={question} tabIndex={-1}>
            Het hele register vervangen?
          </Heading3>
          <Paragraph>
            Het hele register wordt vervangen door de reservekopie {step.bestand.naam}. Alle moties en
            toezeggingen die daarna zijn ingelezen of veranderd, gaan verloren. Wilt u deze reservekopie
            terugzetten?
          </Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              hint="danger"
              disabled={busy}
              onClick={() => void restore(step.bestand)}
            >
              Ja, register vervangen
            </Button>
            <Button
              appearance="secondary-action-button"
              disabled={busy}
              onClick={() => {
                setStep({ stap: 'kiezen' });
              }}
            >
              Nee, niet terugzetten
            </Button>
          </ButtonGroup>
        </Alert>
      )}
      <div role="status">{busy && <Paragraph>Bezig met terugzetten…</Paragraph>}</div>
      {step.stap === 'klaar' && (
        <Alert type="ok">
          <Heading3 ref={outcome} tabIndex={-1}>
            Reservekopie teruggezet
          </Heading3>
          <Paragraph>
            Het register heeft nu de inhoud van {step.naam}
            {step.restored.schemaVan === step.restored.schemaNaar
              ? '.'
              : `, bijgewerkt van schemaversie ${step.restored.schemaVan} naar ${step.restored.schemaNaar}.`}
          </Paragraph>
        </Alert>
      )}
    </section>
  );
}
