import { z } from './zod-nl.js';

/**
 * The first character that no Word document can hold: C0 control characters other than tab, line feed and carriage
 * return, lone surrogates, and U+FFFE/U+FFFF. XML 1.0 forbids them, and a file with one is unreadable.
 */
export function forbiddenCharacter(text: string): string | undefined {
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const control = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
    if (control || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff) {
      return `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    }
  }
  return undefined;
}

/** Any text that ends up in a document: it may hold every character a Word document can hold. */
export const DocumentString = z.string().superRefine((text, ctx) => {
  const char = forbiddenCharacter(text);
  if (char)
    ctx.addIssue({ code: 'custom', message: `bevat het teken ${char}, dat niet in een document kan` });
});

/** A field that must be filled in: at least one character that is not white space. */
export const Text = DocumentString.trim().min(1);

/** The key of a fixed section, shared by memos and manifests: "kernboodschap", "financiele-consequenties". */
export const Sleutel = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'mag alleen kleine letters, cijfers en streepjes bevatten');

/** A file in the same folder as the configuration that names it: no folders, so it cannot point elsewhere. */
export const FileName = Text.refine(
  (name) => !/[\\/]/.test(name) && name !== '.' && name !== '..',
  'alleen een bestandsnaam, zonder map',
);

/**
 * A calendar date as ISO 8601 (`2026-03-14`); the documents write it the Dutch way ("14 maart 2026"). A missing date
 * is said to be missing, by the locale, like any other missing field.
 */
export const IsoDate = z.iso
  .date({
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : 'is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-03-14',
  })
  .describe('Datum als JJJJ-MM-DD, bijvoorbeeld 2026-03-14');
