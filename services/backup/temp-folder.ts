import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `work` with a file in a new private folder (mode 0700) in the system's temporary folder, and removes the folder
 * afterwards, whatever happens: a register copied there for a download or from an upload never stays behind.
 */
export async function withTempFile<T>(name: string, work: (path: string) => Promise<T>): Promise<T> {
  const folder = await mkdtemp(join(tmpdir(), 'raadsnota-'));
  try {
    return await work(join(folder, name));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
