import { Alert, Paragraph } from '@utrecht/component-library-react';

/** Shown above every screen while the local server does not answer: what happened and what to do, in Dutch. */
export function ServerGone() {
  return (
    <Alert type="error" role="alert">
      <Paragraph>
        <strong>Raadsnota is niet bereikbaar.</strong> Het programma op deze computer antwoordt niet meer;
        misschien is het venster met &quot;npm run start:web&quot; gesloten. Start het opnieuw en open het
        adres dat het toont. Wat u in een formulier hebt getypt, staat er nog.
      </Paragraph>
    </Alert>
  );
}
