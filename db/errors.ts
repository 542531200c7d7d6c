import { quote } from '../core/errors.js';

/**
 * A register that this version of Raadsnota cannot open safely: written by a newer version, with a migration history
 * it does not know, or damaged. The edges report it as bad input, with the message, and change nothing.
 */
export class RegisterRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RegisterRefused';
  }
}

/** Damage inside the register that SQLite found: the message names it and says the way out. */
export class RegisterDamaged extends RegisterRefused {
  constructor(
    file: string,
    /** What SQLite found, without the way out. */
    readonly detail: string,
  ) {
    super(
      `het register ${quote(file)} is beschadigd (${detail}). Herstel het met ` +
        `raadsnota register repair --db ${quote(file)}, dat de zoekindex en de indexen opnieuw opbouwt; blijft er ` +
        `schade, zet dan een reservekopie terug met raadsnota restore <reservekopie> --db ${quote(file)}`,
    );
    this.name = 'RegisterDamaged';
  }
}

/** Whether SQLite reported damage: a page, an index or the search index (fts5) that is not what it should be. */
export function isDamage(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CORRUPT');
}

/**
 * SQLite's own error met while working on the register at `file`, as what it means for the user: damage (exit 2, with
 * the way out) or a register that cannot be written; any other error unchanged.
 */
export function explained(error: unknown, file: string): unknown {
  if (isDamage(error)) return new RegisterDamaged(file, error.message);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) return readOnlyRegister(file);
  return error;
}

export function noRegister(file: string): RegisterRefused {
  return new RegisterRefused(
    `er staat geen register in ${quote(file)}; controleer --db, of lees eerst iets in met raadsnota register import`,
  );
}

export function readOnlyRegister(file: string): RegisterRefused {
  return new RegisterRefused(
    `het register ${quote(file)} staat op een plek waar niet geschreven kan worden; het kan alleen worden gelezen. ` +
      `Kopieer het naar een map waarin u mag schrijven, of vraag schrijfrechten voor deze map`,
  );
}
