import { useEffect, useMemo, useRef, useState } from 'react';
import { useClient } from '../../app/client-context.js';
import { readBestand } from '../../components/read-bestand.js';
import { sentence } from '../../components/sentence.js';
import type { RichTextEditorProps } from './richtext/RichTextEditor.js';

function blobOf(base64: string, mediatype: string): Blob {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: mediatype });
}

/**
 * The memo's pictures for the section editors: an upload kept with the memo in the register (`memos.addImage`), and
 * each picture a section names shown from a blob: URL once fetched (`memos.image`; the CSP allows no data: image).
 * The URLs are let go with the screen.
 */
export function useImages(id: number): NonNullable<RichTextEditorProps['images']> {
  const client = useClient();
  const urls = useRef(new Map<string, string>());
  const asked = useRef(new Set<string>());
  const [, setFetched] = useState(0);

  useEffect(
    () => () => {
      for (const url of urls.current.values()) URL.revokeObjectURL(url);
    },
    [],
  );

  return useMemo(
    () => ({
      upload: async (file: File) => {
        const bestand = await readBestand(file);
        const result = await client.invoke('memos.addImage', { id, bestand });
        if (!result.ok) return { error: sentence(result.error.message) };
        urls.current.set(result.value.naam, URL.createObjectURL(file));
        return { naam: result.value.naam };
      },
      address: (naam: string) => {
        const known = urls.current.get(naam);
        if (known !== undefined || asked.current.has(naam)) return known;
        asked.current.add(naam);
        void client.invoke('memos.image', { id, naam }).then((result) => {
          if (!result.ok) return;
          urls.current.set(naam, URL.createObjectURL(blobOf(result.value.base64, result.value.mediatype)));
          setFetched((n) => n + 1);
        });
        return undefined;
      },
    }),
    [client, id],
  );
}
