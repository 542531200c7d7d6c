import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupRegister } from '../db/backup.js';
import { openRegister, type Register } from '../db/connection.js';
import { RegisterRefused } from '../db/errors.js';
import { restoreRegister, type BackupImage } from '../db/restore.js';
import { integrityProblems } from '../files/sqlite-files.js';
import { bundleWriter, MIGRATIONS, startWriter, writtenState } from './helpers/crash-harness.js';
import { makeTempDir, removeTempDir } from './helpers/assets.js';
import { loadMigrations } from '../db/migrations.js';

const KNOWN = loadMigrations(MIGRATIONS).length;

let dir: string;
let register: string;
let backups: string;
beforeEach(async () => {
  dir = await makeTempDir();
  register = join(dir, 'register', 'register.sqlite');
  backups = join(dir, 'reservekopieen');
  mkdirSync(join(dir, 'register'));
  mkdirSync(backups);
});
afterEach(async () => {
  await removeTempDir(dir);
});

const NOW = '2026-01-01T00:00:00.000Z';

/** A backup file as the CLI hands it to restoreRegister: read, with its write-ahead log if it has one. */
function imageOf(path: string): BackupImage {
  return {
    path,
    data: readFileSync(path),
    wal: existsSync(`${path}-wal`) ? readFileSync(`${path}-wal`) : undefined,
  };
}

/** A motie, a toezegging, a memo answering both, history and a setting: every kind of row the register holds. */
function fill(db: Register, label: string): void {
  db.transaction(() => {
    const memo = db
      .prepare(
        `INSERT INTO memos (type, onderwerp, kenmerk, created_at, updated_at)
         VALUES ('informatienota', ?, '2026-0001', ?, ?)`,
      )
      .run(`Voortgang ${label}`, NOW, NOW).lastInsertRowid;
    db.prepare(
      `INSERT INTO memo_versies (memo_id, versie, inhoud, created_at) VALUES (?, 1, '{"onderwerp":"x"}', ?)`,
    ).run(memo, NOW);
    const motie = db
      .prepare(
        `INSERT INTO moties (nummer, nummerreeks, titel, vergadering, dictum, created_at, updated_at)
         VALUES (?, '2026', ?, 'Begroting 2027', 'verzoekt het college', ?, ?)`,
      )
      .run(`M-${label}`, `Financiële ruimte ${label}`, NOW, NOW).lastInsertRowid;
    const toezegging = db
      .prepare(
        `INSERT INTO toezeggingen (nummer, nummerreeks, omschrijving, vergadering, gedaan_op, created_at, updated_at)
         VALUES (?, '2026', 'De raad informeren', 'commissie', '2026-03-01', ?, ?)`,
      )
      .run(`T-${label}`, NOW, NOW).lastInsertRowid;
    db.prepare('INSERT INTO memo_moties (memo_id, motie_id) VALUES (?, ?)').run(memo, motie);
    db.prepare('INSERT INTO memo_toezeggingen (memo_id, toezegging_id) VALUES (?, ?)').run(memo, toezegging);
    db.prepare(
      `INSERT INTO historie (soort, item_id, veld, oud, nieuw, door, op)
       VALUES ('motie', ?, 'status', 'open', 'in behandeling', 'griffie', ?)`,
    ).run(motie, NOW);
    db.prepare(
      `INSERT INTO settings (key, value) VALUES ('laatste', json_quote(?))
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    ).run(label);
  })();
}

/** Every row of every table, the search index's own tables included, in an order that does not depend on storage. */
function contentOf(db: Database.Database): Record<string, string[]> {
  const names = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  return Object.fromEntries(
    names.map((name) => [
      name,
      db
        .prepare(`SELECT * FROM "${name}"`)
        .all()
        .map((row) => JSON.stringify(row))
        .sort(),
    ]),
  );
}

/** Read and write, since a reader of a register opens its write-ahead log, and only a writer's close removes it. */
function contentOfFile(file: string): Record<string, string[]> {
  const db = new Database(file, { fileMustExist: true });
  try {
    return contentOf(db);
  } finally {
    db.close();
  }
}

/** A register on disk with `labels` filled in, closed. */
function makeRegister(file: string, ...labels: string[]): void {
  const db = openRegister(file, MIGRATIONS, { create: true });
  for (const label of labels) fill(db, label);
  db.close();
}

/** A backup of a register with `labels` filled in, made by backupRegister. */
async function makeBackup(name: string, ...labels: string[]): Promise<string> {
  const source = join(dir, `bron-${name}.sqlite`);
  const target = join(backups, `${name}.sqlite`);
  const db = openRegister(source, MIGRATIONS, { create: true });
  try {
    for (const label of labels) fill(db, label);
    await backupRegister(db, target);
  } finally {
    db.close();
  }
  return target;
}

/** Changes a backup file with plain SQLite, the way a damaged or foreign file would differ. */
function alter(file: string, sql: string): void {
  const db = new Database(file);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

/** A migrations folder with the real ones and one more, as a later version of Raadsnota would have. */
function laterMigrations(): string {
  const own = join(dir, 'migraties');
  mkdirSync(own);
  for (const file of readdirSync(MIGRATIONS)) copyFileSync(join(MIGRATIONS, file), join(own, file));
  writeFileSync(
    join(own, `${String(KNOWN + 1).padStart(4, '0')}-kleur.sql`),
    "ALTER TABLE moties ADD COLUMN kleur TEXT NOT NULL DEFAULT 'groen';",
  );
  return own;
}

/** Copies a register's file and write-ahead log while `db` holds it open, as a crash or a copy by hand leaves them. */
function copyOpenRegister(db: Register, from: string, to: string): void {
  db.pragma('wal_autocheckpoint = 0');
  fill(db, 'alleen-in-het-log');
  copyFileSync(from, to);
  copyFileSync(`${from}-wal`, `${to}-wal`);
}

describe('backupRegister', () => {
  it('copies a consistent snapshot while another process keeps writing', async () => {
    // A few megabytes, so that a backup takes long enough for the writer to commit during it.
    const db = openRegister(register, MIGRATIONS, { create: true });
    db.transaction(() => {
      const add = db.prepare(
        `INSERT INTO moties (nummer, nummerreeks, titel, vergadering, dictum, created_at, updated_at)
         VALUES (?, '2026', 'Vulling', 'Begroting 2027', ?, ?, ?)`,
      );
      for (let i = 0; i < 2000; i += 1) add.run(`V-${i}`, 'dictum '.repeat(300), NOW, NOW);
    })();
    const writer = startWriter(await bundleWriter(dir), register, 1);
    const counted = () => writtenState(db).counted;
    const snapshots: { before: number; after: number; target: string; ms: number }[] = [];
    try {
      await writer.open;
      for (let i = 0; i < 5; i += 1) {
        await sleep(30);
        const target = join(backups, `kopie-${i}.sqlite`);
        const before = counted();
        const started = performance.now();
        await backupRegister(db, target);
        snapshots.push({ before, after: counted(), target, ms: Math.round(performance.now() - started) });
      }
    } finally {
      writer.child.kill('SIGKILL');
      await writer.ended;
      db.close();
    }
    const written = snapshots.map(({ before, after, target }) => {
      const copy = new Database(target, { readonly: true });
      try {
        expect(integrityProblems(copy)).toEqual([]);
        expect(copy.prepare("SELECT count(*) FROM moties WHERE nummerreeks = '2026'").pluck().get()).toBe(
          2000,
        );
        const state = writtenState(copy);
        // At a transaction boundary: every transaction in it whole, and as many as the writer had counted.
        expect(state.partial).toEqual([]);
        expect(state.orphans).toBe(0);
        expect(state.counted).toBe(state.ids.length);
        expect(state.ids.length).toBeGreaterThanOrEqual(before);
        expect(state.ids.length).toBeLessThanOrEqual(after);
        return state.ids.length;
      } finally {
        copy.close();
      }
    });
    // The writer was busy while the backups were made, and each backup caught a later moment.
    expect(snapshots.some(({ before, after }) => after > before)).toBe(true);
    expect(new Set(written).size).toBeGreaterThan(1);
    const times = snapshots.map(({ ms }) => `${ms} ms`).join(', ');
    console.log(`backups during writes: ${times}; they held ${written.join(', ')} transactions`);
  });

  it('replaces an earlier backup of the same name, and leaves one self-contained file', async () => {
    const db = openRegister(register, MIGRATIONS, { create: true });
    const target = join(backups, 'register.sqlite');
    try {
      fill(db, 'eerste');
      await backupRegister(db, target);
      fill(db, 'tweede');
      const result = await backupRegister(db, target);
      expect(result.bytes).toBe(readFileSync(target).length);
      expect(result.bytes).toBe(result.pages * (db.pragma('page_size', { simple: true }) as number));
      expect(contentOfFile(target)).toEqual(contentOf(db));
    } finally {
      db.close();
    }
    // No temporary file, log or journal beside it: the backup is this one file, without a write-ahead log.
    expect(readdirSync(backups)).toEqual(['register.sqlite']);
    const copy = new Database(target, { readonly: true });
    try {
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      copy.close();
    }
  });

  it('refuses to write over the register itself', async () => {
    const db = openRegister(register, MIGRATIONS, { create: true });
    try {
      fill(db, 'eerste');
      const before = contentOf(db);
      await expect(backupRegister(db, register)).rejects.toThrow(RegisterRefused);
      // The same file under another name.
      const link = join(dir, 'register', 'ander-pad.sqlite');
      linkSync(register, link);
      await expect(backupRegister(db, link)).rejects.toThrow(/over het register zelf/);
      expect(contentOf(db)).toEqual(before);
      expect(integrityProblems(db)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it("refuses a folder that does not exist with the file system's reason, which the CLI words for the path typed", async () => {
    const db = openRegister(register, MIGRATIONS, { create: true });
    try {
      await expect(backupRegister(db, join(dir, 'weg', 'register.sqlite'))).rejects.toMatchObject({
        code: 'ENOENT',
      });
    } finally {
      db.close();
    }
  });

  it('leaves no temporary file behind when the backup cannot be put in place', async () => {
    const db = openRegister(register, MIGRATIONS, { create: true });
    const target = join(backups, 'een-map');
    mkdirSync(target);
    try {
      fill(db, 'eerste');
      // Renaming a file onto a folder fails, after the copy has been written and checked.
      await expect(backupRegister(db, target)).rejects.toThrow();
    } finally {
      db.close();
    }
    expect(readdirSync(backups)).toEqual(['een-map']);
    expect(readdirSync(target)).toEqual([]);
  });
});

describe('restoreRegister', () => {
  it('puts back exactly the rows of the backup, and leaves nothing else beside the register', async () => {
    const db = openRegister(register, MIGRATIONS, { create: true });
    const backup = join(backups, 'register.sqlite');
    let atBackup: Record<string, string[]>;
    try {
      fill(db, 'eerste');
      fill(db, 'tweede');
      await backupRegister(db, backup);
      atBackup = contentOf(db);
      fill(db, 'na-de-reservekopie');
      db.prepare("DELETE FROM historie WHERE door = 'griffie'").run();
    } finally {
      db.close();
    }
    const source = readFileSync(backup);

    expect(await restoreRegister(imageOf(backup), register, MIGRATIONS)).toEqual({ from: KNOWN, to: KNOWN });

    expect(readdirSync(join(dir, 'register'))).toEqual(['register.sqlite']);
    expect(readFileSync(backup).equals(source)).toBe(true);
    const restored = openRegister(register, MIGRATIONS, { create: true });
    try {
      expect(integrityProblems(restored)).toEqual([]);
      expect(contentOf(restored)).toEqual(atBackup);
      expect(restored.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(
        restored
          .prepare("SELECT nummer FROM zoekindex WHERE zoekindex MATCH 'financiele' ORDER BY nummer")
          .pluck()
          .all(),
      ).toEqual(['M-eerste', 'M-tweede']);
    } finally {
      restored.close();
    }
  });

  it('brings a backup from an older version up to the current schema, keeping its rows', async () => {
    const backup = await makeBackup('oud', 'eerste');
    const later = laterMigrations();
    makeRegister(register);

    expect(await restoreRegister(imageOf(backup), register, later)).toEqual({ from: KNOWN, to: KNOWN + 1 });

    const db = new Database(register, { readonly: true });
    try {
      expect(db.prepare('SELECT nummer, kleur FROM moties').all()).toEqual([
        { nummer: 'M-eerste', kleur: 'groen' },
      ]);
      expect(db.pragma('user_version', { simple: true })).toBe(KNOWN + 1);
    } finally {
      db.close();
    }
  });

  it('takes the write-ahead log of a register copied by hand along', async () => {
    const copied = join(backups, 'met-log.sqlite');
    const db = openRegister(join(dir, 'elders.sqlite'), MIGRATIONS, { create: true });
    let expected: Record<string, string[]>;
    try {
      fill(db, 'eerste');
      copyOpenRegister(db, join(dir, 'elders.sqlite'), copied);
      expected = contentOf(db);
    } finally {
      db.close();
    }
    makeRegister(register);

    await restoreRegister(imageOf(copied), register, MIGRATIONS);

    expect(contentOfFile(register)).toEqual(expected);
  });

  it('replaces a register left with a log by a crash without replaying that log into the backup', async () => {
    const backup = await makeBackup('schoon', 'eerste');
    // A register that crashed: its last transactions only in its log, no connection open.
    const live = join(dir, 'levend.sqlite');
    const db = openRegister(live, MIGRATIONS, { create: true });
    try {
      fill(db, 'ander');
      copyOpenRegister(db, live, register);
    } finally {
      db.close();
    }

    await restoreRegister(imageOf(backup), register, MIGRATIONS);

    expect(readdirSync(join(dir, 'register'))).toEqual(['register.sqlite']);
    const restored = openRegister(register, MIGRATIONS, { create: true });
    try {
      expect(integrityProblems(restored)).toEqual([]);
      expect(contentOf(restored)).toEqual(contentOfFile(backup));
    } finally {
      restored.close();
    }
  });

  it('replaces a register that is damaged beyond opening', async () => {
    const backup = await makeBackup('schoon', 'eerste');
    writeFileSync(register, 'geen database meer'.repeat(300));

    await restoreRegister(imageOf(backup), register, MIGRATIONS);

    expect(contentOfFile(register)).toEqual(contentOfFile(backup));
  });

  it('creates the register when there is none yet', async () => {
    const backup = await makeBackup('schoon', 'eerste');

    await restoreRegister(imageOf(backup), register, MIGRATIONS);

    expect(contentOfFile(register)).toEqual(contentOfFile(backup));
  });

  it("refuses to put a backup in the place of another program's database, and leaves that as it was", async () => {
    const backup = await makeBackup('schoon', 'eerste');
    alter(register, 'CREATE TABLE adressen (id INTEGER PRIMARY KEY, straat TEXT)');
    const before = readFileSync(register);

    await expect(restoreRegister(imageOf(backup), register, MIGRATIONS)).rejects.toThrow(
      /database van een ander programma/,
    );

    expect(readFileSync(register).equals(before)).toBe(true);
    expect(readdirSync(join(dir, 'register'))).toEqual(['register.sqlite']);
  });

  describe('refuses, and leaves the register and the backup as they were,', () => {
    /** Restores `backup` over a register with data, expecting a refusal that matches `message`. */
    async function expectRefused(backup: string, message: RegExp, migrations = MIGRATIONS): Promise<void> {
      makeRegister(register, 'bestaand');
      const registerBefore = readFileSync(register);
      const contentBefore = contentOfFile(register);
      const backupBefore = readFileSync(backup);

      const refusal = restoreRegister(imageOf(backup), register, migrations);
      await expect(refusal).rejects.toThrow(RegisterRefused);
      await expect(refusal).rejects.toThrow(message);

      expect(readFileSync(register).equals(registerBefore)).toBe(true);
      expect(contentOfFile(register)).toEqual(contentBefore);
      expect(readFileSync(backup).equals(backupBefore)).toBe(true);
      expect(readdirSync(join(dir, 'register'))).toEqual(['register.sqlite']);
    }

    it('a backup with bytes overwritten in the middle of a page', async () => {
      const backup = await makeBackup('beschadigd', ...Array.from({ length: 60 }, (_, i) => `motie-${i}`));
      const db = new Database(backup, { readonly: true });
      const pageSize = db.pragma('page_size', { simple: true }) as number;
      // A full page of the moties table, so that its middle holds rows rather than free space.
      const page = db
        .prepare(
          "SELECT pageno FROM dbstat WHERE name = 'moties' AND pagetype = 'leaf' ORDER BY unused LIMIT 1",
        )
        .pluck()
        .get() as number;
      db.close();
      const bytes = readFileSync(backup);
      const middle = (page - 1) * pageSize + pageSize / 2;
      bytes.fill(0x5a, middle - 64, middle + 64);
      writeFileSync(backup, bytes);

      await expectRefused(backup, /is beschadigd/);
    });

    it('a text file', async () => {
      const backup = join(backups, 'notities.sqlite');
      writeFileSync(
        backup,
        'dit is geen database, maar tekst die lang genoeg is om een kop te lijken'.repeat(20),
      );

      await expectRefused(backup, /geen SQLite-database/);
    });

    it('a SQLite database of another program', async () => {
      const backup = join(backups, 'ander.sqlite');
      alter(backup, 'CREATE TABLE adressen (id INTEGER PRIMARY KEY, straat TEXT)');

      await expectRefused(backup, /geen reservekopie van een Raadsnota-register/);
    });

    it('a backup whose user_version says a newer version wrote it', async () => {
      const backup = await makeBackup('nieuwer', 'eerste');
      alter(backup, `PRAGMA user_version = ${KNOWN + 1}`);

      await expectRefused(
        backup,
        new RegExp(`nieuwere versie van Raadsnota \\(schema ${KNOWN + 1}, deze versie kent ${KNOWN}\\)`),
      );
    });

    it('a backup whose migration history says a newer version wrote it', async () => {
      const backup = await makeBackup('nieuwer', 'eerste');
      alter(
        backup,
        `INSERT INTO schema_migrations VALUES (${KNOWN + 1}, 'kleur', '2026-01-01T00:00:00.000Z')`,
      );

      await expectRefused(
        backup,
        new RegExp(`nieuwere versie van Raadsnota \\(schema ${KNOWN + 1}, deze versie kent ${KNOWN}\\)`),
      );
    });

    it('a backup with migrations this version does not know', async () => {
      const backup = await makeBackup('onbekend', 'eerste');
      alter(backup, "UPDATE schema_migrations SET name = 'iets-anders' WHERE version = 1");

      await expectRefused(backup, /kan niet worden teruggezet: .*niet kent/);
    });

    it('a backup that is the register itself', async () => {
      makeRegister(register, 'bestaand');
      const before = readFileSync(register);

      await expect(restoreRegister(imageOf(register), register, MIGRATIONS)).rejects.toThrow(
        /het register zelf/,
      );

      expect(readFileSync(register).equals(before)).toBe(true);
    });
  });

  it('refuses while the register is still open, and leaves it as it was', async () => {
    const backup = await makeBackup('schoon', 'eerste');
    const db = openRegister(register, MIGRATIONS, { create: true });
    try {
      fill(db, 'bestaand');
      const before = contentOf(db);
      await expect(restoreRegister(imageOf(backup), register, MIGRATIONS)).rejects.toThrow(/nog geopend/);
      expect(contentOf(db)).toEqual(before);
      expect(integrityProblems(db)).toEqual([]);
    } finally {
      db.close();
    }
  });
});
