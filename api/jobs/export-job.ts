import { readFile } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import { EXPORT_STAPPEN, type Voortgang } from '../../core/model/export.js';
import { imagesFor } from '../../services/memos/images.js';
import { memoFrom } from '../../services/memos/source.js';
import { validateMemo } from '../../services/memos/validate.js';
import { asBestand } from '../bestand.js';
import type { ApiResult } from '../contract/api-error.js';
import type { Bestand } from '../contract/bestand.js';
import type { OutputOf } from '../contract/index.js';
import type { ExportPakket, ExportStatus } from '../contract/export-jobs.js';
import type { Context } from '../context.js';
import { dispatch } from '../dispatch.js';
import { jobStore, type Jobs } from './jobs.js';

/** A finished export: its package for the page, and where its ZIP lies in the job's folder. */
interface Made {
  pakket: ExportPakket;
  zip: string;
}

const HALF_AN_HOUR = 30 * 60 * 1000;

/**
 * The step being worked on, which the page shows: export.packages tells when memos have passed a step, so a step all
 * have passed means the next one is under way (LibreOffice runs between the last document and the first PDF).
 */
export function stepUnderWay(voortgang: Voortgang, pdf: boolean): Voortgang {
  if (voortgang.klaar < voortgang.totaal) return voortgang;
  const steps = EXPORT_STAPPEN.filter((stap) => pdf || stap !== 'pdf');
  const next = steps[steps.indexOf(voortgang.stap) + 1];
  return next === undefined ? voortgang : { stap: next, klaar: 0, totaal: voortgang.totaal };
}

/**
 * The export jobs per door: a job is found only through the context of the door that started it (the local server,
 * Electron's register process, a test), so an id is no use to another door even if it were known.
 */
const stores = new WeakMap<Context, Jobs<Made>>();

function jobsOf(ctx: Context): Jobs<Made> {
  let jobs = stores.get(ctx);
  if (jobs === undefined) {
    jobs = jobStore<Made>({ keepMs: HALF_AN_HOUR, max: 10, fault: ctx.fault });
    stores.set(ctx, jobs);
  }
  return jobs;
}

/** The one package export.packages made in the job's folder, with its ZIP there; never a path elsewhere. */
function madeIn(folder: string, result: ApiResult<OutputOf<'export.packages'>>): ApiResult<Made> {
  if (!result.ok) return result;
  const [made] = result.value.pakketten;
  const zip = made === undefined ? undefined : resolve(folder, made.pad);
  if (made === undefined || zip === undefined || !zip.startsWith(folder + sep)) {
    return {
      ok: false,
      error: { code: 'internal', message: 'Onverwachte fout: de export gaf geen pakket in zijn eigen map' },
    };
  }
  const { naam, vertrouwelijkheidaanduiding, bestanden } = made;
  return {
    ok: true,
    value: { zip, pakket: { naam, vertrouwelijkheidaanduiding, bestanden, pdf: result.value.pdf } },
  };
}

/**
 * Starts the export of a stored memo as a ZIP, in the background. A memo that is not complete is refused here, at
 * once and with every problem at its field, as "Controleren" (memos.validate) refuses it: no job, nothing written.
 * The job runs export.packages through the operation table, so its error is the one that operation gives.
 */
export async function startExport(
  input: { id: number; profiel?: string | undefined; pdf: boolean; map?: string | undefined },
  ctx: Context,
): Promise<string> {
  const assets = await ctx.assets.render();
  const source = { id: input.id };
  const memo = memoFrom(source, () => ctx.db.read(), assets.types);
  validateMemo(memo, assets, await imagesFor(source, memo, () => ctx.db.read()));
  return jobsOf(ctx).start(async (folder, progress) =>
    madeIn(
      folder,
      await dispatch(
        'export.packages',
        {
          memos: [{ ...source, ...(input.map !== undefined && { map: input.map }) }],
          ...(input.profiel !== undefined && { profiel: input.profiel }),
          pdf: input.pdf,
          uit: folder,
          zip: true,
        },
        {
          ...ctx,
          progress: (voortgang) => {
            progress(stepUnderWay(voortgang, input.pdf));
          },
        },
      ),
    ),
  );
}

export function exportStatus(taak: string, ctx: Context): ExportStatus {
  const { voortgang, afgerond, fout, resultaat } = jobsOf(ctx).state(taak);
  return {
    ...voortgang,
    afgerond,
    ...(fout !== undefined && { fout }),
    ...(resultaat !== undefined && { pakket: resultaat.pakket }),
  };
}

/** The package's ZIP, once; the job and its folder go with it. */
export function exportDownload(taak: string, ctx: Context): Promise<Bestand> {
  return jobsOf(ctx).take(taak, async ({ zip }) =>
    asBestand(basename(zip), 'application/zip', await readFile(zip)),
  );
}

/** Ends every export job of a door and removes its folders: for a door that closes while the process goes on. */
export function clearExports(ctx: Context): Promise<void> {
  return stores.get(ctx)?.clear() ?? Promise.resolve();
}
