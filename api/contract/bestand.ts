import { z } from '../../core/model/zod-nl.js';

/**
 * The one form of a file in an operation's input or output (a DOCX, a CSV, an import list): its name, its media type
 * and its bytes in base64, so that the same value crosses JSON over HTTP, Electron's IPC and the CLI unchanged.
 */
export const Bestand = z
  .object({
    naam: z.string().min(1).max(255).describe('Bestandsnaam, zoals overzicht.docx'),
    mediatype: z
      .string()
      .min(1)
      .describe('Bijvoorbeeld application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
    base64: z.base64().describe('De inhoud, in base64'),
  })
  .strict();
export type Bestand = z.infer<typeof Bestand>;

export const MEDIATYPE = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json',
} as const;
