import { closeSync, existsSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister } from '../db/connection.js';
import { RegisterDamaged } from '../db/errors.js';
import { importItems } from '../services/register/import/store.js';
import { makeTempDir, removeTempDir, ROOT, runCli } from './helpers/assets.js';

const MIGRATIONS = join(ROOT, 'db', 'migrations');
const ITEMS = 300;

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await makeTempDir();
  file = join(dir, 'register.sqlite');
  const db = openRegister(file, MIGRATIONS, { create: true });
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    soort: 'motie',
    nummer: `M-${i + 1}`,
    titel: `Financiële motie ${i + 1} over het groen`,
    vergadering: 'Raad 2026',
    datumAangenomen: '2026-01-01',
    status: 'open',
    dictum: `verzoekt het college ${'het plantsoen te onderhouden '.repeat(8)}`,
  }));
  importItems(db, items, { door: 'test', op: '2026-01-01T00:00:00.000Z' });
  db.close();
});
afterEach(async () => {
  await removeTempDir(dir);
});

interface Page {
  pageno: number;
  payload: number;
}

/**
 * The leaf pages of a table or index, from SQLite's own map of the file (dbstat). Read by a connection that may write,
 * whose close removes the log: a read-only one would leave it, the sign of an unclean shutdown.
 */
function leaves(name: string): { pages: Page[]; pageSize: number } {
  const db = new Database(file);
  try {
    const pages = db
      .prepare(
        "SELECT pageno, payload FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY payload DESC",
      )
      .all(name) as Page[];
    return { pages, pageSize: db.pragma('page_size', { simple: true }) as number };
  } finally {
    db.close();
  }
}

/** Overwrites bytes `from` to `to` of a page, as a disk or a program writing where it should not would. */
function garble(page: number, pageSize: number, from: number, to: number): void {
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(to - from, 0x5a), 0, to - from, (page - 1) * pageSize + from);
  } finally {
    closeSync(fd);
  }
}

/** Damage to the search index only: the content of its largest segment, which holds the words. */
function damageSearchIndex(): void {
  const { pages, pageSize } = leaves('zoekindex_data');
  const largest = pages[0];
  if (!largest) throw new Error('the search index has no pages');
  garble(largest.pageno, pageSize, pageSize - largest.payload + 40, pageSize - 10);
}

/** Damage to an index only: a few bytes of a key, so that the index no longer agrees with its table. */
function damageIndex(): void {
  const { pages, pageSize } = leaves('moties_volgorde');
  const page = pages[0];
  if (!page) throw new Error('the index has no pages');
  garble(page.pageno, pageSize, pageSize - 40, pageSize - 30);
}

/** Damage to the table itself: a page of moties overwritten as a whole, which nothing can rebuild. */
function damageTable(): void {
  const { pages, pageSize } = leaves('moties');
  const page = pages[0];
  if (!page) throw new Error('the table has no pages');
  garble(page.pageno, pageSize, 0, pageSize);
}

/** Damage to the register's list of tables (page 1, after the file header), without which it cannot be opened. */
function damageSchema(): void {
  const { pageSize } = leaves('moties');
  garble(1, pageSize, 100, pageSize);
}

/**
 * Damage to a table that neither the search index nor any index is built from: a page of memos, which the rebuild
 * does not read, so that it runs to its end and the check after it finds the damage.
 */
function damageMemos(): void {
  const db = new Database(file);
  try {
    const add = db.prepare(
      "INSERT INTO memos (type, onderwerp, created_at, updated_at) VALUES ('informatienota', ?, '2026-01-01', '2026-01-01')",
    );
    for (let i = 0; i < 200; i++)
      add.run(`Nota ${i} over het onderhoud van het plantsoen aan de rand van de stad`);
  } finally {
    db.close();
  }
  const { pages, pageSize } = leaves('memos');
  const page = pages[0];
  if (!page) throw new Error('the memos have no pages');
  garble(page.pageno, pageSize, 0, pageSize);
}

/** What a crash leaves: a write-ahead log next to the register (an empty one does not change its content). */
function leaveLog(): void {
  writeFileSync(`${file}-wal`, '');
}

function integrity(): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('PRAGMA integrity_check').pluck().all() as string[];
  } finally {
    db.close();
  }
}

const DAMAGED = /het register .* is beschadigd \(.+\)\. Herstel het met raadsnota register repair/;

describe('damage found at open after an unclean shutdown', () => {
  it('refuses the register with the damage named and the way out', () => {
    damageSearchIndex();
    leaveLog();
    const open = () => openRegister(file, MIGRATIONS, { create: false });
    expect(open).toThrow(RegisterDamaged);
    // The refusal leaves the sign of the crash in place, so that the next open finds the damage again.
    expect(open).toThrow(/fts5/);
  });

  it('keeps an import from writing into the damaged register (exit 2), also when tried again', async () => {
    damageSearchIndex();
    leaveLog();
    for (let attempt = 1; attempt <= 2; attempt += 1) {
      const result = await runCli(['register', 'import', 'examples/import/moties.csv', '--db', file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(DAMAGED);
    }
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM moties').pluck().get()).toBe(ITEMS);
    db.close();
  });
});

describe('damage met during a command', () => {
  it('is named as damage of the register, with exit 2, not as an unexpected error', async () => {
    damageTable();
    const result = await runCli(['register', 'list', '--db', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(DAMAGED);
    expect(result.stderr).not.toContain('Onverwachte fout');
  });

  it('stops a backup, which names the register and not the backup as damaged', async () => {
    damageSearchIndex();
    const out = join(dir, 'reserve.sqlite');
    const result = await runCli(['backup', '--out', out, '--db', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(DAMAGED);
    expect(result.stderr).not.toContain('reservekopie ' + out);
    expect(readdirSync(dir).filter((name) => !name.startsWith('register.sqlite'))).toEqual([]);
  });
});

describe('raadsnota register repair', () => {
  it('rebuilds a damaged search index, after which search works and the register is whole', async () => {
    damageSearchIndex();
    expect(integrity()).not.toEqual(['ok']);
    const result = await runCli(['register', 'repair', '--db', file]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Hersteld');
    expect(integrity()).toEqual(['ok']);
    const search = await runCli(['register', 'list', '--search', 'plantsoen', '--db', file]);
    expect(search.stdout).toContain(`${ITEMS} gevonden.`);
  });

  it('rebuilds an index that no longer agrees with its table', async () => {
    damageIndex();
    expect(integrity().join('\n')).toContain('moties_volgorde');
    const result = await runCli(['register', 'repair', '--db', file]);
    expect(result.code).toBe(0);
    expect(integrity()).toEqual(['ok']);
  });

  it('repairs a register left with a log by a crash, which an ordinary open refuses', async () => {
    damageSearchIndex();
    leaveLog();
    const result = await runCli(['register', 'repair', '--db', file]);
    expect(result.code).toBe(0);
    expect(integrity()).toEqual(['ok']);
  });

  it('says to restore a backup when the damage is in the data itself (exit 2)', async () => {
    damageTable();
    const result = await runCli(['register', 'repair', '--db', file]);
    expect(result.code).toBe(2);
    // Rebuilding the search index reads every motie, and stops at the damaged page: no repair ran to its end.
    expect(result.stderr).toMatch(/kan niet worden hersteld: de schade hield het herstel tegen \(.+\)/);
    expect(result.stderr).not.toContain('ook na herstel');
    expect(result.stderr).toContain('Zet een reservekopie terug met raadsnota restore');
  });

  it('says that it could not repair a register too damaged to open, and to restore a backup (exit 2)', async () => {
    damageSchema();
    const result = await runCli(['register', 'repair', '--db', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /kan niet worden hersteld: het is zo beschadigd dat het niet kan worden geopend \(.+\)/,
    );
    expect(result.stderr).not.toContain('ook na herstel');
    expect(result.stderr).toContain('Zet een reservekopie terug met raadsnota restore');
  });

  it('says that damage remains after a repair that ran to its end, and to restore a backup (exit 2)', async () => {
    damageMemos();
    const result = await runCli(['register', 'repair', '--db', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is ook na herstel beschadigd \(.+\); de schade zit in de gegevens zelf/);
    expect(result.stderr).toContain('Zet een reservekopie terug met raadsnota restore');
  });

  it('makes no register where there is none', async () => {
    const missing = join(dir, 'geen.sqlite');
    const result = await runCli(['register', 'repair', '--db', missing]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('er staat geen register in');
    expect(existsSync(missing)).toBe(false);
  });
});
