import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Voortgang } from '../../core/model/export.js';
import { Conflict, NotFound } from '../../db/repositories/errors.js';
import type { ApiError, ApiResult } from '../contract/api-error.js';

/** What a page sees of a job: how far it is, and when it is done, its result or its error. */
export interface JobState<R> {
  voortgang: Voortgang;
  afgerond: boolean;
  fout?: ApiError;
  resultaat?: R;
}

/** The work of a job: it writes only in its own folder and tells how it gets on. */
export type Work<R> = (folder: string, progress: (voortgang: Voortgang) => void) => Promise<ApiResult<R>>;

export interface JobOptions {
  /** How long a finished job and its folder are kept when nobody takes its result. */
  keepMs: number;
  /** How many jobs a door may have at once (running, or finished and not yet taken). */
  max: number;
}

export interface Jobs<R> {
  /** Starts the work in a new folder of its own and gives the job's id at once; the work goes on in the background. */
  start(work: Work<R>): Promise<string>;
  state(id: string): JobState<R>;
  /** Hands a finished job's result and folder to `read`, then removes the job and its folder. */
  take<T>(id: string, read: (resultaat: R, folder: string) => Promise<T>): Promise<T>;
  /** Removes every job and its folder (a door that closes). */
  clear(): Promise<void>;
}

interface Job<R> {
  state: JobState<R>;
  folder: string;
  expiry?: NodeJS.Timeout;
}

/** Every job folder of this process, removed when it ends, however the door forgot them. */
const folders = new Set<string>();
let cleanupAtExit = false;

function removeAllNow(): void {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders.clear();
}

const NOT_FOUND =
  'Deze export bestaat niet (meer): een pakket wordt opgeruimd nadat het is gedownload, of na een half uur. Exporteer opnieuw.';

/**
 * The background jobs of one door (the local server, Electron's register process): each in a temporary folder of its
 * own, known by a random id of 192 bits that only the page that started it is told. A job and its folder go when its
 * result is taken, when nobody took it within `keepMs` of its end, and when the process ends.
 */
export function jobStore<R>(options: JobOptions): Jobs<R> {
  const jobs = new Map<string, Job<R>>();

  const remove = async (id: string): Promise<void> => {
    const job = jobs.get(id);
    if (job === undefined) return;
    jobs.delete(id);
    clearTimeout(job.expiry);
    await rm(job.folder, { recursive: true, force: true });
    folders.delete(job.folder);
  };

  const find = (id: string): Job<R> => {
    const job = jobs.get(id);
    if (job === undefined) throw new NotFound(NOT_FOUND);
    return job;
  };

  const finish = (id: string, job: Job<R>, result: ApiResult<R>): void => {
    job.state = result.ok
      ? { ...job.state, afgerond: true, resultaat: result.value }
      : { ...job.state, afgerond: true, fout: result.error };
    // The job may have been cleared while it ran; then there is nothing left to keep.
    if (!jobs.has(id)) return;
    job.expiry = setTimeout(() => void remove(id), options.keepMs);
    // A kept result must not keep the process alive: at the end everything goes anyway.
    job.expiry.unref();
  };

  return {
    async start(work) {
      if (jobs.size >= options.max) {
        throw new Conflict(
          `Er lopen al ${options.max} exports, of hun pakketten wachten nog; download die eerst, of wacht even`,
        );
      }
      if (!cleanupAtExit) {
        process.once('exit', removeAllNow);
        cleanupAtExit = true;
      }
      const folder = await mkdtemp(join(tmpdir(), 'raadsnota-export-'));
      folders.add(folder);
      const id = randomBytes(24).toString('base64url');
      const job: Job<R> = {
        folder,
        state: { voortgang: { stap: 'document', klaar: 0, totaal: 1 }, afgerond: false },
      };
      jobs.set(id, job);
      const progress = (voortgang: Voortgang): void => {
        if (!job.state.afgerond) job.state = { ...job.state, voortgang };
      };
      void work(folder, progress).then(
        (result) => {
          finish(id, job, result);
        },
        (error: unknown) => {
          finish(id, job, {
            ok: false,
            error: {
              code: 'internal',
              message: `Onverwachte fout: ${error instanceof Error ? error.message : String(error)}`,
            },
          });
        },
      );
      return id;
    },
    state: (id) => find(id).state,
    async take(id, read) {
      const { state, folder } = find(id);
      if (!state.afgerond) throw new Conflict('De export is nog bezig; het pakket komt als hij klaar is');
      if (state.resultaat === undefined)
        throw new Conflict('De export is mislukt: er is geen pakket om te geven');
      try {
        return await read(state.resultaat, folder);
      } finally {
        await remove(id);
      }
    },
    async clear() {
      await Promise.all([...jobs.keys()].map(remove));
    },
  };
}
