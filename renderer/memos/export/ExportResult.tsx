import {
  Alert,
  Button,
  ButtonGroup,
  Heading3,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import type { Bestand } from '../../../api/contract/bestand.js';
import type { ExportPakket } from '../../../api/contract/export-jobs.js';
import { downloadBestand } from '../../components/download.js';
import { sentence } from '../../components/sentence.js';
import { openbaarheidText, sizeText } from './steps.js';

/**
 * A finished package: its name, its openbaarheid (a package that is not public marked so, as its name is on the
 * outside), its files, and the way to the file: a download in the browser; in the desktop app the save dialog, then
 * "Map openen" for the file saved.
 */
export function ExportResult({
  pakket,
  pdf,
  file,
}: {
  pakket: ExportPakket;
  /** Whether a PDF was asked for: only then is its absence worth a word. */
  pdf: boolean;
  file: () => Promise<Bestand | undefined>;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<string>();
  const [offered, setOffered] = useState<string>();
  const desktop = window.raadsnota?.showSaved;
  const open = pakket.vertrouwelijkheidaanduiding === 'openbaar';

  useEffect(() => {
    heading.current?.focus();
  }, []);

  const save = async (): Promise<void> => {
    setProblem(undefined);
    const bestand = await file();
    if (bestand === undefined) return;
    downloadBestand(bestand);
    setOffered(bestand.naam);
  };

  const showFolder = async (): Promise<void> => {
    if (desktop === undefined || offered === undefined) return;
    const shown = await desktop(offered);
    setProblem(shown.ok ? undefined : sentence(shown.error.message));
  };

  return (
    <div className="rn-export__result">
      <Heading3 ref={heading} tabIndex={-1} id="export-klaar">
        Pakket klaar
      </Heading3>
      <Paragraph className="rn-export__name">{pakket.naam}</Paragraph>
      <Paragraph>
        <span className={open ? 'rn-export__mark' : 'rn-export__mark rn-export__mark--closed'}>
          {openbaarheidText(pakket.vertrouwelijkheidaanduiding)}
        </span>
      </Paragraph>
      {pdf && !pakket.pdf.gemaakt && (
        <Alert type="warning">
          <Paragraph>
            {pakket.pdf.reden === undefined
              ? 'Er zit geen PDF in het pakket.'
              : `Er zit geen PDF in het pakket: ${sentence(pakket.pdf.reden, true)}`}
          </Paragraph>
        </Alert>
      )}
      <UnorderedList aria-labelledby="export-klaar" className="rn-export__files">
        {pakket.bestanden.map((bestand) => (
          <UnorderedListItem key={bestand.pad}>
            {bestand.pad} <span className="rn-export__size">({sizeText(bestand.grootte)})</span>
          </UnorderedListItem>
        ))}
        <UnorderedListItem>
          manifest.json <span className="rn-export__size">(de SHA-256 van elk bestand)</span>
        </UnorderedListItem>
      </UnorderedList>
      <ButtonGroup>
        <Button appearance="primary-action-button" onClick={() => void save()}>
          {desktop === undefined ? 'Downloaden' : 'Opslaan…'}
        </Button>
        {desktop !== undefined && (
          <Button
            appearance="secondary-action-button"
            disabled={offered === undefined}
            onClick={() => void showFolder()}
          >
            Map openen
          </Button>
        )}
      </ButtonGroup>
      {problem !== undefined && (
        <Alert type="error" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
    </div>
  );
}
