import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRegister } from '../db/connection.js';
import { RegisterRefused } from '../db/errors.js';
import { APPLICATION_ID } from '../db/identity.js';
import { loadMigrations, migrate } from '../db/migrations.js';
import { makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';

const MIGRATIONS = join(ROOT, 'db', 'migrations');
const KNOWN = loadMigrations(MIGRATIONS).length;

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeTempDir(dir);
});

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
}

const NOW = '2026-01-01T00:00:00.000Z';

describe('opening a register', () => {
  it('creates it with every migration applied, foreign keys on and a write-ahead log', () => {
    const db = openRegister(join(dir, 'register.sqlite'), MIGRATIONS, { create: true });
    try {
      expect(tables(db)).toEqual(
        expect.arrayContaining(['moties', 'toezeggingen', 'memos', 'memo_versies', 'historie', 'settings']),
      );
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('user_version', { simple: true })).toBe(loadMigrations(MIGRATIONS).length);
    } finally {
      db.close();
    }
  });

  it('applies nothing a second time', () => {
    const file = join(dir, 'register.sqlite');
    openRegister(file, MIGRATIONS, { create: true }).close();
    const db = new Database(file);
    try {
      expect(migrate(db, loadMigrations(MIGRATIONS))).toEqual({ from: KNOWN, to: KNOWN });
      expect(db.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: KNOWN });
    } finally {
      db.close();
    }
  });

  it('refuses a register written by a newer version, and leaves it untouched', () => {
    const file = join(dir, 'register.sqlite');
    const db = openRegister(file, MIGRATIONS, { create: true });
    db.pragma('user_version = 99');
    db.close();
    const before = readFileSync(file);
    expect(() => openRegister(file, MIGRATIONS, { create: true })).toThrow(RegisterRefused);
    expect(() => openRegister(file, MIGRATIONS, { create: true })).toThrow(/nieuwere versie/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a register whose applied migrations are not the ones this version knows', () => {
    const file = join(dir, 'register.sqlite');
    const db = openRegister(file, MIGRATIONS, { create: true });
    db.prepare("UPDATE schema_migrations SET name = 'iets-anders' WHERE version = 1").run();
    db.close();
    expect(() => openRegister(file, MIGRATIONS, { create: true })).toThrow(/niet kent/);
  });

  it('refuses a file that is not a database', () => {
    const file = join(dir, 'register.sqlite');
    writeFileSync(
      file,
      'dit is geen database, maar tekst die lang genoeg is om een kop te lijken'.repeat(20),
    );
    expect(() => openRegister(file, MIGRATIONS, { create: true })).toThrow(RegisterRefused);
  });
});

describe('the migration runner', () => {
  function migrationsWith(extra: string): string {
    const own = join(dir, 'migraties');
    mkdirSync(own);
    for (const file of readdirSync(MIGRATIONS)) copyFileSync(join(MIGRATIONS, file), join(own, file));
    writeFileSync(join(own, `${String(KNOWN + 1).padStart(4, '0')}-proef.sql`), extra);
    return own;
  }

  it('runs everything pending in one transaction: a failing migration leaves the database as it was', () => {
    const file = join(dir, 'register.sqlite');
    openRegister(file, MIGRATIONS, { create: true }).close();
    const broken = migrationsWith('CREATE TABLE proef (id INTEGER PRIMARY KEY);\nDIT IS GEEN SQL;');
    expect(() => openRegister(file, broken, { create: true })).toThrow();
    const db = new Database(file);
    try {
      expect(tables(db)).not.toContain('proef');
      expect(db.pragma('user_version', { simple: true })).toBe(KNOWN);
    } finally {
      db.close();
    }
  });

  it('applies a new migration to a register that has data, keeping the data', () => {
    const file = join(dir, 'register.sqlite');
    const first = openRegister(file, MIGRATIONS, { create: true });
    first
      .prepare(
        `INSERT INTO moties (nummer, nummerreeks, titel, vergadering, status, created_at, updated_at)
         VALUES ('M-1', '2026', 'Groen schoolplein', 'Begroting 2027', 'open', ?, ?)`,
      )
      .run(NOW, NOW);
    first.close();
    const db = openRegister(
      file,
      migrationsWith("ALTER TABLE moties ADD COLUMN kleur TEXT NOT NULL DEFAULT 'groen';"),
      { create: true },
    );
    try {
      expect(db.prepare('SELECT nummer, kleur FROM moties').all()).toEqual([
        { nummer: 'M-1', kleur: 'groen' },
      ]);
      expect(db.pragma('user_version', { simple: true })).toBe(KNOWN + 1);
    } finally {
      db.close();
    }
  });

  it.each([
    ['a gap in the numbers', ['0001-a.sql', '0003-c.sql']],
    ['a name without a number', ['0001-a.sql', 'extra.sql']],
  ])('refuses a migrations folder with %s', (_what, files) => {
    const own = join(dir, 'migraties');
    mkdirSync(own);
    for (const file of files) writeFileSync(join(own, file), 'SELECT 1;');
    expect(() => loadMigrations(own)).toThrow();
  });
});

describe('migration 0001-register', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = openRegister(join(dir, 'register.sqlite'), MIGRATIONS, { create: true });
  });
  afterEach(() => {
    db.close();
  });

  const insertMotie = (nummer: string, titel: string, dictum = '', nummerreeks = '2026') =>
    db
      .prepare(
        `INSERT INTO moties (nummer, nummerreeks, titel, vergadering, dictum, created_at, updated_at)
         VALUES (?, ?, ?, 'Begroting 2027', ?, ?, ?)`,
      )
      .run(nummer, nummerreeks, titel, dictum, NOW, NOW);

  const search = (query: string) =>
    (
      db.prepare('SELECT soort, nummer FROM zoekindex WHERE zoekindex MATCH ? ORDER BY rank').all(query) as {
        soort: string;
        nummer: string;
      }[]
    ).map((r) => `${r.soort} ${r.nummer}`);

  it('keeps the search index in step with moties and toezeggingen, diacritics folded', () => {
    insertMotie(
      'M-7',
      'Financiële ruimte voor sportverenigingen',
      'verzoekt het college een regeling te maken',
    );
    db.prepare(
      `INSERT INTO toezeggingen (nummer, nummerreeks, omschrijving, vergadering, gedaan_op, created_at, updated_at)
       VALUES ('154', '2026', 'De raad informeren over de coördinatie van het zwembad', 'commissie', '2026-03-01', ?, ?)`,
    ).run(NOW, NOW);
    expect(search('financiele')).toEqual(['motie M-7']);
    expect(search('coordinatie')).toEqual(['toezegging 154']);
    db.prepare("UPDATE moties SET titel = 'Ruimte voor muziekscholen' WHERE nummer = 'M-7'").run();
    expect(search('financiele')).toEqual([]);
    expect(search('muziekscholen')).toEqual(['motie M-7']);
    db.prepare("DELETE FROM toezeggingen WHERE nummer = '154'").run();
    expect(search('coordinatie')).toEqual([]);
  });

  it('refuses the same number twice within one numbering, and allows it in another', () => {
    insertMotie('M-1', 'Eerste');
    expect(() => insertMotie('M-1', 'Tweede')).toThrow(/UNIQUE/);
    expect(() => insertMotie('M-1', 'In een ander jaar', '', '2027')).not.toThrow();
  });

  it('refuses a status the domain does not know, and a link to a memo that does not exist', () => {
    insertMotie('M-2', 'Een motie');
    expect(() => db.prepare("UPDATE moties SET status = 'klaar' WHERE nummer = 'M-2'").run()).toThrow(
      /CHECK/,
    );
    expect(() => db.prepare("UPDATE moties SET afdoening_memo_id = 42 WHERE nummer = 'M-2'").run()).toThrow(
      /FOREIGN KEY/,
    );
  });
});

/** A folder with the first `count` migrations: a register as an earlier version of Raadsnota left it. */
function migrationsUpTo(count: number): string {
  const folder = join(dir, `tot-${count}`);
  mkdirSync(folder);
  for (const file of readdirSync(MIGRATIONS).sort().slice(0, count)) {
    copyFileSync(join(MIGRATIONS, file), join(folder, file));
  }
  return folder;
}

const planOf = (db: Database.Database, sql: string) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');

describe('migration 0002-faster-lists', () => {
  it('from a register at 0001 with data: keeps the rows, covers the list columns, and keeps search in step', () => {
    const file = join(dir, 'register.sqlite');
    const old = openRegister(file, migrationsUpTo(1), { create: true });
    old
      .prepare(
        `INSERT INTO moties (nummer, nummerreeks, titel, vergadering, status, termijn, created_at, updated_at)
         VALUES ('M-4', '2026', 'Financiële steun voor clubs', 'Raad', 'open', '2026-02-01', ?, ?)`,
      )
      .run(NOW, NOW);
    old.close();

    const db = openRegister(file, migrationsUpTo(2), { create: true });
    try {
      expect(db.prepare('SELECT nummer, termijn FROM moties').all()).toEqual([
        { nummer: 'M-4', termijn: '2026-02-01' },
      ]);
      const columns = (db.pragma('index_info(moties_status_termijn)') as { name: string }[]).map(
        (c) => c.name,
      );
      expect(columns).toEqual(['status', 'termijn', 'nummer', 'nummerreeks']);
      const plan = (
        db
          .prepare(
            "EXPLAIN QUERY PLAN SELECT nummer FROM moties WHERE status = 'open' AND termijn < '2026-03-01' ORDER BY termijn",
          )
          .all() as { detail: string }[]
      )
        .map((r) => r.detail)
        .join('\n');
      expect(plan).toContain('USING COVERING INDEX moties_status_termijn');
      const sortColumns = (db.pragma('index_info(toezeggingen_sorteer)') as { name: string }[]).map(
        (c) => c.name,
      );
      expect(sortColumns).toEqual(['id', 'termijn', 'nummer', 'nummerreeks']);
      db.prepare("UPDATE moties SET status = 'in behandeling' WHERE nummer = 'M-4'").run();
      db.prepare("UPDATE moties SET titel = 'Steun voor muziekscholen' WHERE nummer = 'M-4'").run();
      const found = (q: string) =>
        db.prepare('SELECT count(*) AS n FROM zoekindex WHERE zoekindex MATCH ?').get(q);
      expect(found('financiele')).toEqual({ n: 0 });
      expect(found('muziekscholen')).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });
});

describe('migration 0003-lists-in-order', () => {
  it('from a register at 0002 with data: keeps the rows, and lists them in order from the new indexes', () => {
    const file = join(dir, 'register.sqlite');
    const old = openRegister(file, migrationsUpTo(2), { create: true });
    const insert = old.prepare(
      `INSERT INTO moties (nummer, nummerreeks, titel, vergadering, termijn, created_at, updated_at)
       VALUES (?, '2026', 'Schoolplein', 'Raad', ?, ?, ?)`,
    );
    for (const [nummer, termijn] of [
      ['M-10', '2026-03-01'],
      ['M-9', '2026-03-01'],
      ['M-2', null],
      ['M-1', '2026-05-01'],
    ]) {
      insert.run(nummer, termijn, NOW, NOW);
    }
    old.close();

    const db = openRegister(file, MIGRATIONS, { create: true });
    try {
      const columns = (index: string) =>
        (db.pragma(`index_xinfo(${index})`) as { name: string | null; key: number }[])
          .filter((c) => c.key === 1)
          .map((c) => c.name ?? 'expressie');
      const order = ['expressie', 'termijn', 'expressie', 'nummer', 'nummerreeks', 'id'];
      expect(columns('moties_volgorde')).toEqual(order);
      expect(columns('toezeggingen_portefeuillehouder')).toEqual(['portefeuillehouder', ...order]);
      expect(columns('moties_vergadering')).toEqual(['vergadering', ...order]);
      expect(columns('toezeggingen_jaar')).toEqual(['expressie']);
      const indexes = db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE '%sorteer'")
        .all();
      expect(indexes).toEqual([]);
      const list = `SELECT nummer, termijn IS NULL AS z, termijn, length(nummer) AS l, nummerreeks, id
                    FROM moties ORDER BY z, termijn, l, nummer, nummerreeks, id`;
      expect(planOf(db, list)).toMatch(/SCAN moties USING COVERING INDEX moties_volgorde/);
      expect(planOf(db, list)).not.toMatch(/TEMP B-TREE/);
      expect((db.prepare(list).all() as { nummer: string }[]).map((r) => r.nummer)).toEqual([
        'M-9',
        'M-10',
        'M-1',
        'M-2',
      ]);
    } finally {
      db.close();
    }
  });
});

describe('migration 0004-application-id', () => {
  it('marks a new register, and a register made before it, as a Raadsnota register', () => {
    const fresh = openRegister(join(dir, 'nieuw.sqlite'), MIGRATIONS, { create: true });
    expect(fresh.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    fresh.close();
    const file = join(dir, 'register.sqlite');
    openRegister(file, migrationsUpTo(3), { create: true }).close();
    const before = new Database(file);
    expect(before.pragma('application_id', { simple: true })).toBe(0);
    before.close();
    const db = openRegister(file, MIGRATIONS, { create: false });
    try {
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    } finally {
      db.close();
    }
  });

  it('sets the number that db/identity.ts looks for', () => {
    const sql = readFileSync(join(MIGRATIONS, '0004-application-id.sql'), 'utf8');
    expect(sql).toContain(`PRAGMA application_id = ${APPLICATION_ID};`);
  });
});

describe('migration 0005-memos-in-register', () => {
  it('from a register at 0004 with memos: a revisie, a history that says what it does not know, and search by words', () => {
    const file = join(dir, 'register.sqlite');
    const old = openRegister(file, migrationsUpTo(4), { create: true });
    const memo = (onderwerp: string, secties: unknown[]) => {
      const { lastInsertRowid } = old
        .prepare(
          `INSERT INTO memos (type, onderwerp, kenmerk, status, versie, created_at, updated_at)
           VALUES ('informatienota', ?, '2026-000731', 'ambtelijk akkoord', 2, ?, ?)`,
        )
        .run(onderwerp, NOW, NOW);
      const inhoud = (tekst: unknown[]) =>
        JSON.stringify({
          type: 'informatienota',
          onderwerp,
          portefeuillehouder: 'Wethouder Smits',
          secties: tekst,
        });
      old
        .prepare(
          `INSERT INTO memo_versies (memo_id, versie, inhoud, bevroren, created_at) VALUES (?, 1, ?, 1, ?)`,
        )
        .run(
          lastInsertRowid,
          inhoud([{ sleutel: 'inleiding', inhoud: '<p>Oude versie over bankjes.</p>' }]),
          NOW,
        );
      old
        .prepare(`INSERT INTO memo_versies (memo_id, versie, inhoud, created_at) VALUES (?, 2, ?, ?)`)
        .run(lastInsertRowid, inhoud(secties), NOW);
      return Number(lastInsertRowid);
    };
    const steun = memo('Sportclubs', [
      { sleutel: 'inleiding', inhoud: '<p>Financiële <strong>steun</strong> voor clubs.</p>' },
      { titel: 'Vervolg', inhoud: '<ul><li>Coördinatie</li></ul>' },
    ]);
    const kapot = memo('Half', [{ sleutel: 'inleiding', inhoud: '<p>Tekst met een < zonder einde' }]);
    old.close();

    const db = openRegister(file, MIGRATIONS, { create: false });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM memo_versies WHERE verwijzingen IS NULL').get()).toEqual({
        n: 4,
      });
      expect(db.prepare('SELECT id, revisie FROM memos ORDER BY id').all()).toEqual([
        { id: steun, revisie: 1 },
        { id: kapot, revisie: 1 },
      ]);
      expect(
        db.prepare('SELECT memo_id, gebeurtenis, oud, nieuw, versie, door, op FROM memo_historie').all(),
      ).toEqual([
        {
          memo_id: steun,
          gebeurtenis: 'aangemaakt',
          oud: null,
          nieuw: 'ambtelijk akkoord',
          versie: 2,
          door: 'onbekend',
          op: NOW,
        },
        {
          memo_id: kapot,
          gebeurtenis: 'aangemaakt',
          oud: null,
          nieuw: 'ambtelijk akkoord',
          versie: 2,
          door: 'onbekend',
          op: NOW,
        },
      ]);
      const found = (q: string) =>
        (
          db.prepare('SELECT rowid AS id FROM memo_zoekindex WHERE memo_zoekindex MATCH ?').all(q) as {
            id: number;
          }[]
        ).map((r) => r.id);
      expect(found('financiele steun')).toEqual([steun]);
      expect(found('coordinatie')).toEqual([steun]);
      expect(found('smits')).toEqual([steun, kapot]);
      expect(found('strong')).toEqual([]);
      expect(found('bankjes')).toEqual([]);
      expect(found('einde')).toEqual([kapot]);
      expect(() => db.prepare('UPDATE memos SET revisie = 0').run()).toThrow(/CHECK/);
      db.prepare('DELETE FROM memos WHERE id = ?').run(steun);
      expect(found('steun')).toEqual([]);
      expect(db.prepare('SELECT count(*) AS n FROM memo_historie').get()).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  });
});

describe('migration 0006-search-as-you-type', () => {
  it('from a register at 0005 with items: the search index made again with prefix indexes, filled and kept in step', () => {
    const file = join(dir, 'register.sqlite');
    const old = openRegister(file, migrationsUpTo(5), { create: true });
    old
      .prepare(
        `INSERT INTO moties (nummer, nummerreeks, titel, vergadering, status, dictum, created_at, updated_at)
         VALUES ('M-2019-12', '2019', 'Veilige fietsroute', 'Raad', 'open', 'verzoekt het college', ?, ?)`,
      )
      .run(NOW, NOW);
    old
      .prepare(
        `INSERT INTO toezeggingen (nummer, nummerreeks, omschrijving, vergadering, gedaan_op, status, created_at,
         updated_at) VALUES ('T-7', '2019', 'Een brief over de verkeersveiligheid', 'Raad', '2019-03-01', 'open', ?, ?)`,
      )
      .run(NOW, NOW);
    old.close();

    const db = openRegister(file, migrationsUpTo(6), { create: true });
    try {
      const definition = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'zoekindex'").get() as {
        sql: string;
      };
      expect(definition.sql).toContain("prefix = '1 2 3'");
      const found = (q: string) =>
        (
          db.prepare('SELECT rowid FROM zoekindex WHERE zoekindex MATCH ? ORDER BY rowid').all(q) as {
            rowid: number;
          }[]
        ).map((r) => r.rowid);
      // The rows the items had before, under the rowids the search expects (2 × id, 2 × id + 1).
      expect(found('"ve"*')).toEqual([2, 3]);
      expect(found('"M-2"*')).toEqual([2]);
      db.prepare("UPDATE moties SET titel = 'Licht op de Molenvaart' WHERE nummer = 'M-2019-12'").run();
      db.prepare("DELETE FROM toezeggingen WHERE nummer = 'T-7'").run();
      db.prepare(
        `INSERT INTO toezeggingen (nummer, nummerreeks, omschrijving, vergadering, gedaan_op, status, created_at,
         updated_at) VALUES ('T-8', '2019', 'Vervolg op de motie', 'Raad', '2019-03-01', 'open', ?, ?)`,
      ).run(NOW, NOW);
      const { id } = db.prepare("SELECT id FROM toezeggingen WHERE nummer = 'T-8'").get() as { id: number };
      expect(found('"vei"*')).toEqual([]);
      expect(found('"verv"*')).toEqual([id * 2 + 1]);
      expect(found('"mo"*')).toEqual([2, id * 2 + 1].sort((a, b) => a - b));
      // FTS5's own check of the index against the rows it holds: it throws when they differ.
      expect(() =>
        db.exec("INSERT INTO zoekindex (zoekindex, rank) VALUES ('integrity-check', 1)"),
      ).not.toThrow();
    } finally {
      db.close();
    }
  });
});

describe('migration 0007-memo-types-as-data', () => {
  it('from a register at 0006 with a linked memo: keeps every row and link, and takes any type key', () => {
    const file = join(dir, 'register.sqlite');
    const old = openRegister(file, migrationsUpTo(6), { create: true });
    const { lastInsertRowid: memo } = old
      .prepare(
        `INSERT INTO memos (type, onderwerp, kenmerk, status, versie, created_at, updated_at, revisie)
         VALUES ('raadsmededeling', 'Bomen', 'RM-7', 'verzonden', 1, ?, ?, 4)`,
      )
      .run(NOW, NOW);
    old
      .prepare(
        `INSERT INTO memo_versies (memo_id, versie, inhoud, bevroren, created_at) VALUES (?, 1, '{}', 1, ?)`,
      )
      .run(memo, NOW);
    const { lastInsertRowid: motie } = old
      .prepare(
        `INSERT INTO moties (nummer, nummerreeks, titel, vergadering, status, afdoening_memo_id, created_at,
         updated_at) VALUES ('M-1', '2026', 'Bomen', 'Raad', 'afgedaan', ?, ?, ?)`,
      )
      .run(memo, NOW, NOW);
    old.prepare('INSERT INTO memo_moties (memo_id, motie_id) VALUES (?, ?)').run(memo, motie);
    old
      .prepare(
        "INSERT INTO memo_zoekindex (rowid, onderwerp, kenmerk, portefeuillehouder, tekst) VALUES (?, 'Bomen', '', '', '')",
      )
      .run(memo);
    old.close();

    const db = openRegister(file, MIGRATIONS, { create: false });
    try {
      expect(db.prepare('SELECT id, type, onderwerp, status, revisie FROM memos').all()).toEqual([
        { id: Number(memo), type: 'raadsmededeling', onderwerp: 'Bomen', status: 'verzonden', revisie: 4 },
      ]);
      expect(db.prepare('SELECT afdoening_memo_id AS m FROM moties').get()).toEqual({ m: Number(memo) });
      expect(db.prepare('SELECT count(*) AS n FROM memo_moties').get()).toEqual({ n: 1 });
      expect(db.pragma('foreign_key_check')).toEqual([]);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      const insert = db.prepare(
        `INSERT INTO memos (type, onderwerp, created_at, updated_at) VALUES (?, 'Nieuw', ?, ?)`,
      );
      expect(() => insert.run('raadsvoorstel', NOW, NOW)).not.toThrow();
      for (const bad of ['', 'Raadsvoorstel', 'raads voorstel', '9-nota', 'a'.repeat(65)])
        expect(() => insert.run(bad, NOW, NOW), bad).toThrow(/CHECK/);
      // The rebuilt table still cascades into its versions and links, and still leaves the search index.
      db.prepare('DELETE FROM memo_moties WHERE memo_id = ?').run(memo);
      db.prepare('UPDATE moties SET afdoening_memo_id = NULL').run();
      db.prepare('DELETE FROM memos WHERE id = ?').run(memo);
      expect(db.prepare('SELECT count(*) AS n FROM memo_versies').get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT count(*) AS n FROM memo_zoekindex').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});

describe('migration 0008-memo-pictures', () => {
  it('from a register at 0007 with a memo: a table of its pictures by name, which takes only whole rows of names the app gives', () => {
    const file = join(dir, 'register.sqlite');
    const old = openRegister(file, migrationsUpTo(7), { create: true });
    const { lastInsertRowid: memo } = old
      .prepare(
        `INSERT INTO memos (type, onderwerp, status, versie, created_at, updated_at, revisie)
         VALUES ('informatienota', 'Bomen', 'concept', 1, ?, ?, 3)`,
      )
      .run(NOW, NOW);
    old.close();

    const db = openRegister(file, MIGRATIONS, { create: false });
    try {
      expect(db.prepare('SELECT id, revisie FROM memos').all()).toEqual([{ id: Number(memo), revisie: 3 }]);
      const insert = db.prepare(
        `INSERT INTO memo_afbeeldingen (memo_id, naam, mediatype, grootte, breedte, hoogte, inhoud, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const bytes = Buffer.from([1, 2, 3]);
      insert.run(memo, 'afbeelding-1.png', 'image/png', 3, 10, 20, bytes, NOW);
      insert.run(memo, 'afbeelding-12.jpg', 'image/jpeg', 3, 10, 20, bytes, NOW);
      expect(() => insert.run(memo, 'afbeelding-1.png', 'image/png', 3, 10, 20, bytes, NOW)).toThrow(
        /UNIQUE/,
      );
      for (const naam of [
        'afbeelding-0.png',
        'afbeelding-1/../x.png',
        'logo.png',
        'afbeelding-1.gif',
        'afbeelding-.png',
      ])
        expect(() => insert.run(memo, naam, 'image/png', 3, 1, 1, bytes, NOW), naam).toThrow(/CHECK/);
      expect(() => insert.run(memo, 'afbeelding-2.png', 'image/gif', 3, 1, 1, bytes, NOW)).toThrow(/CHECK/);
      expect(() => insert.run(memo, 'afbeelding-2.png', 'image/png', 4, 1, 1, bytes, NOW)).toThrow(/CHECK/);
      expect(() => insert.run(memo, 'afbeelding-2.png', 'image/png', 3, 0, 1, bytes, NOW)).toThrow(/CHECK/);
      expect(() => insert.run(999, 'afbeelding-2.png', 'image/png', 3, 1, 1, bytes, NOW)).toThrow(
        /FOREIGN KEY/,
      );
      // A memo's pictures go with it.
      db.prepare('DELETE FROM memos WHERE id = ?').run(memo);
      expect(db.prepare('SELECT count(*) AS n FROM memo_afbeeldingen').get()).toEqual({ n: 0 });
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('which files are registers', () => {
  /** The bytes and modification time of a file, and which files lie next to it. */
  function fingerprint(file: string) {
    return {
      bytes: readFileSync(file).toString('base64'),
      mtime: statSync(file).mtimeMs,
      beside: readdirSync(dir).sort(),
    };
  }

  /** Another program's database, last changed a year ago, so that any write would show in its time. */
  function foreignDatabase(journal: 'delete' | 'wal'): string {
    const file = join(dir, `ander-${journal}.sqlite`);
    const other = new Database(file);
    other.pragma(`journal_mode = ${journal}`);
    other.exec(
      "CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT); INSERT INTO klanten VALUES (1, 'Jansen');",
    );
    other.close();
    const old = new Date('2025-01-01T00:00:00Z');
    utimesSync(file, old, old);
    return file;
  }

  it.each(['delete', 'wal'] as const)(
    "refuses another program's database (journal %s) without changing a byte or its time",
    (journal) => {
      const file = foreignDatabase(journal);
      const before = fingerprint(file);
      expect(() => openRegister(file, MIGRATIONS, { create: true })).toThrow(RegisterRefused);
      expect(() => openRegister(file, MIGRATIONS, { create: true })).toThrow(/ander programma/);
      expect(fingerprint(file)).toEqual(before);
    },
  );

  it('refuses a database with a table named schema_migrations that is not ours', () => {
    const file = join(dir, 'rails.sqlite');
    const other = new Database(file);
    other.exec(
      "CREATE TABLE schema_migrations (version TEXT PRIMARY KEY); INSERT INTO schema_migrations VALUES ('1');",
    );
    other.close();
    const before = fingerprint(file);
    expect(() => openRegister(file, MIGRATIONS, { create: true })).toThrow(/ander programma/);
    expect(fingerprint(file)).toEqual(before);
  });

  it('refuses a database with another application id, even when it has no tables', () => {
    const file = join(dir, 'leeg-maar-van-een-ander.sqlite');
    const other = new Database(file);
    other.pragma('application_id = 42');
    other.close();
    expect(() => openRegister(file, MIGRATIONS, { create: true })).toThrow(/ander programma/);
  });

  it('refuses a register it cannot bring up to date before writing anything, not even the journal mode', () => {
    const file = join(dir, 'register.sqlite');
    openRegister(file, migrationsUpTo(1), { create: true }).close();
    const older = new Database(file);
    older.pragma('journal_mode = DELETE');
    older.prepare("INSERT INTO schema_migrations VALUES (2, 'elders-bedacht', '2026-01-01')").run();
    older.close();
    const before = fingerprint(file);
    expect(() => openRegister(file, MIGRATIONS, { create: true })).toThrow(/niet kent/);
    expect(fingerprint(file)).toEqual(before);
  });

  it('makes a register only when asked to, and says that there is none otherwise', () => {
    const file = join(dir, 'typfout.sqlite');
    expect(() => openRegister(file, MIGRATIONS, { create: false })).toThrow(/er staat geen register in/);
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, '');
    expect(() => openRegister(file, MIGRATIONS, { create: false })).toThrow(/er staat geen register in/);
    expect(readFileSync(file).length).toBe(0);
    openRegister(file, MIGRATIONS, { create: true }).close();
    openRegister(file, MIGRATIONS, { create: false }).close();
  });

  it('opens a register that is up to date without taking the write lock', () => {
    const file = join(dir, 'register.sqlite');
    openRegister(file, MIGRATIONS, { create: true }).close();
    const writer = new Database(file);
    writer.pragma('busy_timeout = 0');
    writer.prepare('BEGIN IMMEDIATE').run();
    try {
      // Opening must not wait for the writer: it only reads that nothing is pending.
      const db = openRegister(file, MIGRATIONS, { create: false });
      expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(KNOWN);
      db.close();
    } finally {
      writer.prepare('ROLLBACK').run();
      writer.close();
    }
  });
});
