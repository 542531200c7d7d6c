import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { formatMoment } from '../../components/format.js';

/**
 * Typing that did not reach the register last time (the window closed, the server gone, a conflict), kept on this
 * computer: offered back, or dropped when the writer says so; never put back or thrown away unasked.
 */
export function AsideAlert({
  bewaard,
  onRestore,
  onDrop,
}: {
  bewaard: string;
  onRestore: () => void;
  onDrop: () => void;
}) {
  return (
    <div className="rn-aside">
      <Alert type="warning" role="alert">
        <Heading2>Er is tekst die nog niet was opgeslagen</Heading2>
        <Paragraph>
          {`Op ${formatMoment(bewaard)} is tekst van deze nota op deze computer bewaard die het register niet heeft. Hieronder staat de nota zoals het register haar heeft.`}
        </Paragraph>
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={onRestore}>
            Bewaarde tekst terugzetten
          </Button>
          <Button appearance="secondary-action-button" onClick={onDrop}>
            Bewaarde tekst weggooien
          </Button>
        </ButtonGroup>
      </Alert>
    </div>
  );
}
