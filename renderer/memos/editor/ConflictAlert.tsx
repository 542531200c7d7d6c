import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';

/**
 * Another window (or a colleague) saved the memo since this one opened it: nothing was saved over their change. The
 * writer's text stays on screen and aside on this computer until they choose.
 */
export function ConflictAlert({
  message,
  onOverwrite,
  onDiscard,
}: {
  message: string;
  onOverwrite: () => void;
  onDiscard: () => void;
}) {
  return (
    <div className="rn-conflict">
      <Alert type="error" role="alert">
        <Heading2>Deze nota is intussen ergens anders gewijzigd</Heading2>
        <Paragraph>
          Uw laatste wijzigingen zijn niet opgeslagen, zodat de andere wijziging niet ongemerkt verloren gaat.
          Uw tekst staat nog hieronder en is apart bewaard op deze computer.
        </Paragraph>
        <Paragraph className="rn-muted">{message}</Paragraph>
        <ButtonGroup>
          <Button appearance="primary-action-button" onClick={onOverwrite}>
            Mijn tekst opslaan over de andere wijziging heen
          </Button>
          <Button appearance="secondary-action-button" onClick={onDiscard}>
            Mijn wijzigingen weggooien en de opgeslagen nota openen
          </Button>
        </ButtonGroup>
      </Alert>
    </div>
  );
}
