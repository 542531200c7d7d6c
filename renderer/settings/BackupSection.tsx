import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useClient } from '../app/client-context.js';
import { downloadBestand } from '../components/download.js';

type Message = { type: 'ok' | 'error'; text: string };

/** A consistent copy of the whole register, handed to the user as a file (the save dialog in Electron). */
export function BackupSection() {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | undefined>();

  const make = async (): Promise<void> => {
    setBusy(true);
    setMessage(undefined);
    const result = await client.invoke('backup.download', {});
    setBusy(false);
    if (result.ok) {
      downloadBestand(result.value);
      setMessage({ type: 'ok', text: `De reservekopie is opgeslagen als ${result.value.naam}.` });
    } else {
      setMessage({ type: 'error', text: result.error.message });
    }
  };

  return (
    <section className="rn-stack" aria-labelledby="reservekopie-maken">
      <Heading2 id="reservekopie-maken">Reservekopie maken</Heading2>
      <Paragraph>
        Een kopie van het hele register van moties en toezeggingen, ook terwijl het in gebruik is. Bewaar hem
        op een veilige plek, zoals een netwerkschijf.
      </Paragraph>
      <Button appearance="secondary-action-button" disabled={busy} onClick={() => void make()}>
        Reservekopie maken
      </Button>
      <div role="status">
        {busy && <Paragraph>Bezig met maken van de reservekopie…</Paragraph>}
        {message?.type === 'ok' && <Paragraph>{message.text}</Paragraph>}
      </div>
      {message?.type === 'error' && (
        <Alert type="error">
          <Paragraph>{message.text}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
