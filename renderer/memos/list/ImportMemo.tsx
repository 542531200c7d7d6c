import {
  Alert,
  FormField,
  FormFieldDescription,
  FormLabel,
  Paragraph,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import type { ApiError } from '../../../api/contract/api-error.js';
import { useClient } from '../../app/client-context.js';
import { navigate } from '../../app/use-route.js';
import { sentence } from '../../components/sentence.js';

/** The file's text as JSON, or a refusal in the server's shape naming the file. */
async function readMemoFile(file: File): Promise<{ value: unknown } | { error: ApiError }> {
  try {
    return { value: JSON.parse(await file.text()) as unknown };
  } catch {
    return {
      error: {
        code: 'invalid_input',
        message: `${file.name} is geen notabestand: het is geen geldige JSON. Kies het bestand dat "Exporteren" of raadsnota maakte.`,
      },
    };
  }
}

/**
 * "Nota inlezen": a memo file (JSON, as "Exporteren" and the CLI write it) into the register, its moties and
 * toezeggingen linked, then opened in the editor. A refused file names every problem, as the CLI's validate does.
 */
export function ImportMemo() {
  const client = useClient();
  // The refusal, and its message as shown: the file's own check's starts with the file's name, as written.
  const [error, setError] = useState<{ refusal: ApiError; text: string }>();
  const [busy, setBusy] = useState(false);
  const [fileKey, setFileKey] = useState(0);

  const choose = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setBusy(true);
    setError(undefined);
    const read = await readMemoFile(file);
    if ('error' in read) {
      setBusy(false);
      setFileKey((key) => key + 1);
      setError({ refusal: read.error, text: read.error.message });
      return;
    }
    const result = await client.invoke('memos.import', read.value as Record<string, unknown>);
    setBusy(false);
    setFileKey((key) => key + 1);
    if (!result.ok) {
      setError({ refusal: result.error, text: sentence(result.error.message) });
      return;
    }
    navigate({ screen: 'memo', id: result.value.nota.id });
  };

  return (
    <FormField className="rn-memo-import">
      <FormLabel htmlFor="notabestand">Nota inlezen</FormLabel>
      <FormFieldDescription id="notabestand-uitleg">
        Een notabestand (JSON), zoals &quot;Exporteren&quot; het opslaat. De moties en toezeggingen erin
        worden gekoppeld.
      </FormFieldDescription>
      <input
        key={fileKey}
        id="notabestand"
        className="rn-file"
        type="file"
        accept=".json,application/json"
        aria-describedby={error ? 'notabestand-uitleg notabestand-fout' : 'notabestand-uitleg'}
        disabled={busy}
        onChange={(event) => {
          void choose(event.target.files?.[0]);
        }}
      />
      {error && (
        <div id="notabestand-fout">
          <Alert type="error" role="alert">
            <Paragraph>{error.text}</Paragraph>
            {error.refusal.issues && error.refusal.issues.length > 1 && (
              <UnorderedList>
                {error.refusal.issues.map((issue) => (
                  <UnorderedListItem key={`${issue.path}:${issue.message}`}>
                    {issue.path === '' ? issue.message : `${issue.message} (${issue.path})`}
                  </UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </Alert>
        </div>
      )}
    </FormField>
  );
}
