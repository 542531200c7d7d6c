import { basename, extname, join } from 'node:path';

const KINDS: Readonly<Record<string, string>> = {
  '.docx': 'Word-document',
  '.csv': 'CSV-bestand',
  '.xlsx': 'Excel-werkmap',
  '.sqlite': 'Reservekopie van het register',
  '.zip': 'Exportpakket (ZIP)',
};

/**
 * The save dialog for a file the page offers as a download (the overview, a DOCX): a Dutch title and the file's own
 * name in the user's downloads folder. The page needs no bridge of its own for it: Electron turns `<a download>` into
 * this native dialog.
 */
export function saveDialogOptions(filename: string, downloads: string) {
  const name = basename(filename.replaceAll('\\', '/')) || 'raadsnota';
  const extension = extname(name).toLowerCase();
  const kind = KINDS[extension];
  return {
    title: 'Bestand opslaan',
    buttonLabel: 'Opslaan',
    defaultPath: join(downloads, name),
    filters: kind === undefined ? [] : [{ name: kind, extensions: [extension.slice(1)] }],
  };
}
