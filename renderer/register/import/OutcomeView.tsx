import {
  Alert,
  Button,
  ButtonGroup,
  Heading2,
  Link,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import type { Ref } from 'react';
import { hrefOf } from '../../app/route.js';
import { fieldLabel, type Outcome } from './outcome.js';
import { RowErrorTable } from './RowErrorTable.js';
import { SummaryList } from './SummaryList.js';

/** The refusal's own sentence, which ends in a colon before its list, saying that the register did not change. */
function nothingImported(message: string): string {
  const sentence = message.replace(/:\s*$/, '');
  return /niets ingelezen/.test(sentence) ? `${sentence}.` : `${sentence}; er is niets ingelezen.`;
}

function Lines({ lines }: { lines: readonly string[] }) {
  if (lines.length === 0) return null;
  return (
    <UnorderedList>
      {lines.map((line) => (
        <UnorderedListItem key={line}>{line}</UnorderedListItem>
      ))}
    </UnorderedList>
  );
}

/**
 * The result of the last step: the preview with the button that imports, every problem of a refused list, or
 * what was imported with the way to the register. Its heading takes the focus, so that a keyboard or screen reader
 * user lands on what changed.
 */
export function OutcomeView({
  outcome,
  busy,
  headingRef,
  onImport,
  onAgain,
}: {
  outcome: Outcome;
  busy: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onImport: () => void;
  onAgain: () => void;
}) {
  switch (outcome.kind) {
    case 'preview':
      return (
        <section className="rn-stack" aria-labelledby="uitkomst">
          <Heading2 id="uitkomst" ref={headingRef} tabIndex={-1}>
            Voorbeeld: wat inlezen doet
          </Heading2>
          <SummaryList summary={outcome.summary} done={false} />
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={busy} onClick={onImport}>
              Inlezen
            </Button>
          </ButtonGroup>
        </section>
      );
    case 'refused':
      return (
        <section className="rn-stack" aria-labelledby="uitkomst">
          <Heading2 id="uitkomst" ref={headingRef} tabIndex={-1}>
            De lijst kan zo niet worden ingelezen
          </Heading2>
          <Alert type="error">
            <Paragraph>{nothingImported(outcome.message)}</Paragraph>
            <Lines lines={outcome.general} />
            {outcome.fields.size > 0 && (
              <>
                <Paragraph>Bij de kolomindeling hierboven:</Paragraph>
                <Lines
                  lines={[...outcome.fields].map(
                    ([field, messages]) => `${fieldLabel(field)}: ${messages.join(' ')}`,
                  )}
                />
              </>
            )}
          </Alert>
          {outcome.rows.length > 0 && <RowErrorTable rows={outcome.rows} />}
        </section>
      );
    case 'failed':
      return (
        <section className="rn-stack" aria-labelledby="uitkomst">
          <Heading2 id="uitkomst" ref={headingRef} tabIndex={-1}>
            Dat is niet gelukt
          </Heading2>
          <Alert type="error">
            <Paragraph>{outcome.message}</Paragraph>
            <Lines lines={outcome.general} />
          </Alert>
        </section>
      );
    case 'done':
      return (
        <section className="rn-stack" aria-labelledby="uitkomst">
          <Heading2 id="uitkomst" ref={headingRef} tabIndex={-1}>
            Ingelezen
          </Heading2>
          <Alert type="ok">
            <Paragraph>De lijst staat in het register.</Paragraph>
          </Alert>
          <SummaryList summary={outcome.summary} done />
          <ButtonGroup>
            <Link href={hrefOf({ screen: 'register' })}>Naar het register</Link>
            <Button appearance="secondary-action-button" onClick={onAgain}>
              Nog een lijst inlezen
            </Button>
          </ButtonGroup>
        </section>
      );
  }
}
