/**
 * A process that writes to a register until it is killed, for the crash and backup tests (bundled by
 * crash-harness.ts, since a child process cannot run TypeScript). Usage: `crash-writer <register> <migrations>
 * <first id>`.
 *
 * It opens the register with the app's openRegister, so with its pragmas, and prints `open` once it is open. Each
 * transaction inserts a motie numbered `T-<id>` whose dictum says how many historie rows belong to it, those rows,
 * and counts itself in the setting `crashtest`; only after the commit has returned does it print the id. A
 * transaction that is only partly in the register is therefore visible as a motie with too few historie rows, or a
 * count that differs from the number of moties.
 */
import { writeSync } from 'node:fs';
import { openRegister } from '../../db/connection.js';

const [file, migrations, first] = process.argv.slice(2);
if (file === undefined || migrations === undefined || first === undefined) {
  throw new Error('gebruik: crash-writer <register> <migraties> <eerste id>');
}

const db = openRegister(file, migrations, { create: true });
// The default checkpoints every 1000 pages, which a writer killed within 200 ms rarely reaches; checkpointing every
// 50 pages lets kills land during checkpoints as well.
db.pragma('wal_autocheckpoint = 50');

const NOW = new Date().toISOString();
const addMotie = db.prepare(
  `INSERT INTO moties (nummer, nummerreeks, titel, vergadering, dictum, created_at, updated_at)
   VALUES (?, 'crash', ?, 'crashtest', ?, ?, ?)`,
);
const addHistorie = db.prepare(
  `INSERT INTO historie (soort, item_id, veld, oud, nieuw, toelichting, door, op)
   VALUES ('motie', ?, 'status', 'open', 'in behandeling', ?, 'crashtest', ?)`,
);
const countTransaction = db.prepare(
  `INSERT INTO settings (key, value) VALUES ('crashtest', '1')
   ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`,
);

const write = db.transaction((id: number) => {
  // Between 3 and 12 rows, each also in the indexes and the search index: a transaction changes a dozen pages or more.
  const rows = 3 + (id % 10);
  const motie = addMotie.run(`T-${id}`, `transactie ${id}`, String(rows), NOW, NOW).lastInsertRowid;
  for (let row = 0; row < rows; row += 1) {
    addHistorie.run(motie, `rij ${row} van transactie ${id} `.repeat(2 + ((id * 7 + row) % 12)), NOW);
  }
  countTransaction.run();
});

// Written straight to the descriptor: a report must not wait in a stream buffer, nor be written before the commit.
writeSync(1, 'open\n');
for (let id = Number(first); ; id += 1) {
  write.immediate(id);
  writeSync(1, `${id}\n`);
}
