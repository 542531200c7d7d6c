import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { ApiError } from '../../../api/contract/api-error.js';
import { useClient } from '../../app/client-context.js';
import { navigate } from '../../app/use-route.js';
import { sentence } from '../../components/sentence.js';
import type { LoadedTypes } from '../use-memo-types.js';

/**
 * "Nieuwe …" for every memo type the installation has: a concept from the type's manifest (its required sections
 * present, empty), opened in the editor at once.
 */
export function NewMemo({ types }: { types: LoadedTypes }) {
  const client = useClient();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<ApiError>();

  const create = async (type: string): Promise<void> => {
    setBusy(type);
    const result = await client.invoke('memos.create', { type });
    setBusy(undefined);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    navigate({ screen: 'memo', id: result.value.nota.id });
  };

  return (
    <section className="rn-section" aria-labelledby="nieuw-kop">
      <Heading2 id="nieuw-kop">Nieuwe nota</Heading2>
      {types.state === 'failed' && (
        <Alert type="error">
          <Paragraph>{sentence(types.error.message)}</Paragraph>
        </Alert>
      )}
      {types.state === 'found' && (
        <ButtonGroup>
          {types.list.types.map((manifest) => (
            <Button
              key={manifest.type}
              appearance="primary-action-button"
              busy={busy === manifest.type}
              disabled={busy !== undefined}
              onClick={() => void create(manifest.type)}
            >
              {`Nieuwe ${manifest.type}`}
            </Button>
          ))}
        </ButtonGroup>
      )}
      {types.state === 'found' && types.list.geweigerd.length > 0 && (
        <Alert type="warning">
          <Paragraph>
            {`Deze typen laden niet; de functioneel beheerder kan ze herstellen: ${types.list.geweigerd
              .map(
                (refused) => `${refused.type} (${refused.bestand}: ${refused.problemen[0]?.message ?? ''})`,
              )
              .join('; ')}.`}
          </Paragraph>
        </Alert>
      )}
      {error && (
        <Alert type="error" role="alert">
          <Paragraph>{sentence(error.message)}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
