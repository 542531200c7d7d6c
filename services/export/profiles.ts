import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { formatPath, quote, ValidationError } from '../../core/errors.js';
import { ExportProfile, type ExportProfileSummary } from '../../core/model/export.js';
import { readJsonFile } from '../../files/read-json.js';

export { ExportProfile };

const EXTENSION = '.json';

/** The profiles' names in the folder, in alphabetical order: one file `<naam>.json` each. */
async function profileNames(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith(EXTENSION) && !name.startsWith('.'))
    .map((name) => name.slice(0, -EXTENSION.length))
    .sort();
}

/**
 * One profile, checked: a profile the functioneel beheerder wrote wrong is refused with its file and its field
 * (`publicatie.json, velden.Titel: kent {titel} niet; …`), never half used.
 */
async function readProfile(dir: string, naam: string): Promise<ExportProfile> {
  const file = `${naam}${EXTENSION}`;
  const parsed = ExportProfile.safeParse(await readJsonFile(join(dir, file), file));
  if (!parsed.success) {
    throw new ValidationError(
      parsed.error.issues.map((issue) => ({
        path: [file, formatPath(issue.path)].filter((p) => p !== '').join(', '),
        message: issue.message,
      })),
      'exportprofiel',
      'het',
    );
  }
  if (parsed.data.naam !== naam) {
    throw new ValidationError(
      [{ path: `${file}, naam`, message: `moet ${quote(naam)} zijn, de naam van het bestand zonder .json` }],
      'exportprofiel',
      'het',
    );
  }
  return parsed.data;
}

/** The profile an export asks for by name, or a refusal naming the profiles there are. */
export async function loadProfile(dir: string, naam: string): Promise<ExportProfile> {
  const names = await profileNames(dir);
  if (!names.includes(naam)) {
    throw new ValidationError([
      {
        path: 'profiel',
        message: `exportprofiel ${quote(naam)} bestaat niet; kies uit ${names.join(', ') || '(geen profielen gevonden)'}`,
      },
    ]);
  }
  return readProfile(dir, naam);
}

/** Every profile of the installation, as the app offers them; a bad one is refused with its file and field. */
export async function listProfiles(dir: string): Promise<ExportProfileSummary[]> {
  const profiles = await Promise.all((await profileNames(dir)).map((naam) => readProfile(dir, naam)));
  return profiles.map(({ naam, titel, omschrijving, alleenOpenbaar }) => ({
    naam,
    titel,
    ...(omschrijving !== undefined && { omschrijving }),
    alleenOpenbaar,
  }));
}
