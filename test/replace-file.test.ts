/**
 * The one way a file is replaced (files/replace-file.ts): a temporary file that has its final permissions before a byte
 * is in it, renamed onto the target; and how a failure after the rename is told apart from one before it.
 */
import { statSync } from 'node:fs';
import { chmod, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../core/errors.js';
import { backupRegister } from '../db/backup.js';
import { openRegister } from '../db/connection.js';
import { FolderNotSynced, replaceFile } from '../files/replace-file.js';
import { writingTo } from '../cli/file-errors.js';
import { MIGRATIONS } from './helpers/crash-harness.js';
import { makeTempDir, removeTempDir } from './helpers/assets.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

const modeOf = async (file: string): Promise<number> => (await stat(file)).mode & 0o777;

describe('a private file is never readable by others while it is written', () => {
  it('the temporary file replacing a 0600 file is 0600 before the fill writes to it', async () => {
    const target = join(dir, 'geheim.txt');
    await writeFile(target, 'oud');
    await chmod(target, 0o600);
    let during: number | undefined;
    await replaceFile(target, async (temp) => {
      during = await modeOf(temp);
      await writeFile(temp, 'nieuw');
    });
    expect(during).toBe(0o600);
    expect(await modeOf(target)).toBe(0o600);
    expect(await readFile(target, 'utf8')).toBe('nieuw');
    expect(await readdir(dir)).toEqual(['geheim.txt']);
  });

  it('a new file gets the mode asked for from the start', async () => {
    const target = join(dir, 'nieuw.txt');
    let during: number | undefined;
    await replaceFile(
      target,
      async (temp) => {
        during = await modeOf(temp);
        await writeFile(temp, 'x');
      },
      { newMode: 0o600 },
    );
    expect(during).toBe(0o600);
    expect(await modeOf(target)).toBe(0o600);
  });

  it('a read-only file is replaced and stays read-only', async () => {
    const target = join(dir, 'alleen-lezen.txt');
    await writeFile(target, 'oud');
    await chmod(target, 0o444);
    await replaceFile(target, (temp) => writeFile(temp, 'nieuw'));
    expect(await modeOf(target)).toBe(0o444);
    expect(await readFile(target, 'utf8')).toBe('nieuw');
  });

  it('a new backup of a 0600 register is 0600, also while it is being copied', async () => {
    const register = join(dir, 'register.sqlite');
    const db = openRegister(register, MIGRATIONS, { create: true });
    try {
      await chmod(register, 0o600);
      await backupRegister(db, join(dir, 'reserve.sqlite'));
    } finally {
      db.close();
    }
    expect(statSync(join(dir, 'reserve.sqlite')).mode & 0o777).toBe(0o600);
  });
});

describe('a failure after the rename is not "nothing changed"', () => {
  it('forcing the folder to the disk failed: the message says the new file is there', async () => {
    const cause = Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
    const refused = writingTo({ option: '--out', path: 'nota.docx' }, () =>
      Promise.reject(new FolderNotSynced(join(dir, 'nota.docx'), cause)),
    );
    await expect(refused).rejects.toBeInstanceOf(ValidationError);
    await expect(refused).rejects.toMatchObject({
      issues: [
        {
          path: '--out nota.docx',
          message:
            'de schijf meldt een fout bij het schrijven; het nieuwe bestand staat er, maar is mogelijk nog niet veilig op de schijf vastgelegd',
        },
      ],
    });
  });

  it('a failure before the rename still says nothing changed', async () => {
    const cause = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
    await expect(
      writingTo({ option: '--out', path: 'nota.docx' }, () => Promise.reject(cause)),
    ).rejects.toMatchObject({
      issues: [{ path: '--out nota.docx', message: 'de schijf is vol; er is niets veranderd' }],
    });
  });
});
