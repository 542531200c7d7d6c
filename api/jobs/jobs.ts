import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { Voortgang } from '../../core/model/export.js';
import { Conflict, NotFound } from '../../db/repositories/errors.js';
import { createTempFolderIn } from '../../files/temp-files.js';
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
  /** How long a finished job is kept when nobody takes its result (or, when it failed, asks for its error). */
  keepMs: number;
  /** How many jobs a door may have at once that hold a folder: running, or finished and not yet taken. */
  max: number;
  /**
   * Told when a job's folder cannot be removed (a file still open on Windows): the user's export is not at fault, so
   * it goes where the door puts the faults of Raadsnota itself; the folder goes at the process's end or the next run.
   */
  fault?: ((error: unknown) => void) | undefined;
}

export interface Jobs<R> {
  /** Starts the work in a new folder of its own and gives the job's id at once; the work goes on in the background. */
  start(work: Work<R>): Promise<string>;
  state(id: string): JobState<R>;
  /** Hands a finished job's result and folder to `read` once: the job is gone from then on, its folder after `read`. */
  take<T>(id: string, read: (resultaat: R, folder: string) => Promise<T>): Promise<T>;
  /** Removes every job and its folder (a door that closes). */
  clear(): Promise<void>;
}

interface Job<R> {
  state: JobState<R>;
  /** Undefined while the folder is being made, and after a failure, which leaves nothing to keep but the error. */
  folder?: string;
  expiry?: NodeJS.Timeout;
}

/** Every job folder of this process, removed when it ends, however the door forgot them. */
const folders = new Set<string>();
let cleanupAtExit = false;

function removeAllNow(): void {
  for (const folder of folders) {
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // What cannot go now carries this process's id in its name: the next run of Raadsnota clears it.
    }
  }
  folders.clear();
}

const NOT_FOUND =
  'Deze export bestaat niet (meer): een pakket wordt opgeruimd nadat het is gedownload, of na een half uur. Exporteer opnieuw.';

/**
 * The background jobs of one door (the local server, Electron's register process): each in a private temporary folder
 * of its own, known by a random id of 192 bits that only the page that started it is told. A job and its folder go
 * when its result is taken, when nobody took it within `keepMs` of its end, and when the process ends. A failed job's
 * folder goes at once; its error stays for `keepMs` without counting toward `max`. The folders are named with the
 * process's id (files/temp-files.ts), so that those of a process that was killed are cleared by the next job.
 */
export function jobStore<R>(options: JobOptions): Jobs<R> {
  const jobs = new Map<string, Job<R>>();

  /** Removes a folder without ever throwing: a folder that will not go must not fail a download or crash a timer. */
  const removeFolder = async (folder: string | undefined): Promise<void> => {
    if (folder === undefined) return;
    try {
      await rm(folder, { recursive: true, force: true });
      folders.delete(folder);
    } catch (error) {
      options.fault?.(error);
    }
  };

  /** The job goes from the store at once, before anything is awaited; its folder after. */
  const forget = (id: string): Job<R> | undefined => {
    const job = jobs.get(id);
    if (job === undefined) return undefined;
    jobs.delete(id);
    clearTimeout(job.expiry);
    return job;
  };

  const remove = (id: string): Promise<void> => removeFolder(forget(id)?.folder);

  const find = (id: string): Job<R> => {
    const job = jobs.get(id);
    if (job === undefined) throw new NotFound(NOT_FOUND);
    return job;
  };

  const holdingFolders = (): number =>
    [...jobs.values()].filter((job) => job.state.fout === undefined).length;

  /** A failed job's folder is gone before the job says it is done, so that nothing of it is left once a page knows. */
  const finish = async (id: string, job: Job<R>, result: ApiResult<R>): Promise<void> => {
    // Cleared while it ran: nobody will take what it wrote.
    if (!result.ok || !jobs.has(id)) {
      await removeFolder(job.folder);
      delete job.folder;
    }
    job.state = result.ok
      ? { ...job.state, afgerond: true, resultaat: result.value }
      : { ...job.state, afgerond: true, fout: result.error };
    if (!jobs.has(id)) return;
    job.expiry = setTimeout(() => void remove(id), options.keepMs);
    // A kept result must not keep the process alive: at the end everything goes anyway.
    job.expiry.unref();
  };

  return {
    async start(work) {
      if (holdingFolders() >= options.max) {
        throw new Conflict(
          `Er lopen al ${options.max} exports, of hun pakketten wachten nog; download die eerst, of wacht even`,
        );
      }
      // The slot is taken before the first await, so that starts at the same moment cannot pass `max` together.
      const id = randomBytes(24).toString('base64url');
      const job: Job<R> = {
        state: { voortgang: { stap: 'document', klaar: 0, totaal: 1 }, afgerond: false },
      };
      jobs.set(id, job);
      if (!cleanupAtExit) {
        process.once('exit', removeAllNow);
        cleanupAtExit = true;
      }
      let folder: string;
      try {
        folder = await createTempFolderIn(tmpdir());
      } catch (error) {
        jobs.delete(id);
        throw error;
      }
      folders.add(folder);
      job.folder = folder;
      if (!jobs.has(id)) {
        await removeFolder(folder);
        throw new Conflict('De export is afgebroken voordat hij begon; exporteer opnieuw');
      }
      const progress = (voortgang: Voortgang): void => {
        if (!job.state.afgerond) job.state = { ...job.state, voortgang };
      };
      void work(folder, progress).then(
        (result) => finish(id, job, result),
        (error: unknown) =>
          finish(id, job, {
            ok: false,
            error: {
              code: 'internal',
              message: `Onverwachte fout: ${error instanceof Error ? error.message : String(error)}`,
            },
          }),
      );
      return id;
    },
    state: (id) => find(id).state,
    async take(id, read) {
      const { state, folder } = find(id);
      if (!state.afgerond) throw new Conflict('De export is nog bezig; het pakket komt als hij klaar is');
      if (state.resultaat === undefined || folder === undefined)
        throw new Conflict('De export is mislukt: er is geen pakket om te geven');
      // Gone before `read` awaits anything, so that a second download at the same moment is told plainly it is gone.
      forget(id);
      try {
        return await read(state.resultaat, folder);
      } finally {
        await removeFolder(folder);
      }
    },
    async clear() {
      await Promise.all([...jobs.keys()].map(remove));
    },
  };
}
