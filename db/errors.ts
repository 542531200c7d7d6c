import { statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
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
export function isDamage(error: unknown): error is Error {
  if (error instanceof InvalidStoredRow) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_CORRUPT');
}

/**
 * A row that the register's own schema refuses. The register's checks let no such row in, so it was changed outside
 * Raadsnota or damaged: damage like SQLite's own, with the same way out, wherever it is met.
 */
export class InvalidStoredRow extends Error {
  constructor(soort: string, nummer: string, problems: string) {
    super(`een ongeldige ${soort} ${quote(nummer)}: ${problems}`);
    this.name = 'InvalidStoredRow';
  }
}

/**
 * SQLite's own error met while working on the register at `file`, as what it means for the user (exit 2, in Dutch,
 * with what to do): damage, a register that cannot be written, a full disk, a disk that fails, a register kept busy
 * past the busy timeout, a file that cannot be opened or is no database. Any other error unchanged. SQLite's English
 * text is never passed on: the user cannot act on "disk I/O error".
 */
export function explained(error: unknown, file: string): unknown {
  if (isDamage(error)) return new RegisterDamaged(file, error.message);
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return error;
  if (code.startsWith('SQLITE_READONLY')) return readOnlyRegister(file);
  if (code === 'SQLITE_FULL') {
    return new RegisterRefused(
      `de schijf waarop het register ${quote(file)} staat is vol; wat deze opdracht wilde schrijven is niet ` +
        `opgeslagen en het register is niet veranderd. Maak ruimte vrij op die schijf en probeer het opnieuw`,
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new RegisterRefused(
      `de schijf gaf een fout bij het lezen of schrijven van het register ${quote(file)}; wat deze opdracht wilde ` +
        `schrijven is niet opgeslagen. Controleer of de schijf of netwerkmap nog bereikbaar is en probeer het ` +
        `opnieuw; blijft de fout, kopieer het register dan naar een andere schijf`,
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new RegisterRefused(
      `het register ${quote(file)} bleef bezet door een ander programma of een andere opdracht die erin schrijft; ` +
        `er is niets veranderd. Probeer het opnieuw als die klaar is`,
    );
  }
  if (code.startsWith('SQLITE_CANTOPEN')) return cannotOpen(file);
  if (code === 'SQLITE_NOTADB') return notADatabase(file);
  return error;
}

/**
 * The register's file cannot be opened: why, as far as the file system tells, and what to do. The reason is looked
 * up here rather than taken from SQLite, whose message says only "unable to open database file".
 */
export function cannotOpen(file: string): RegisterRefused {
  return new RegisterRefused(`het register ${quote(file)} kan niet worden geopend: ${whyNot(file)}`);
}

function whyNot(file: string): string {
  const folder = dirname(file);
  const here = statOf(file);
  if (here === 'ENAMETOOLONG')
    return 'de naam is te lang; kies een kortere naam of een map dichter bij de schijf';
  if (here === 'EACCES' || here === 'EPERM')
    return 'u hebt geen toegang tot dit bestand of deze map; vraag toegang of kies een andere map';
  if (typeof here === 'object' && here.isDirectory()) {
    return 'dat is een map; geef de naam van een registerbestand in die map, bijvoorbeeld register.sqlite';
  }
  const parent = statOf(folder);
  if (parent === 'ENOENT')
    return `de map ${quote(folder)} bestaat niet; maak die eerst aan of kies een andere map`;
  if (parent === 'ENOTDIR' || (typeof parent === 'object' && !parent.isDirectory())) {
    return `${quote(folder)} is geen map; kies een map om het register in te zetten`;
  }
  if (parent === 'EACCES' || parent === 'EPERM')
    return `u hebt geen toegang tot de map ${quote(folder)}; vraag toegang of kies een andere map`;
  return 'controleer of het bestand bestaat, of het een register is en of u het mag lezen en schrijven';
}

/** The file's status, or the error code that kept the file system from giving it. */
function statOf(path: string): Stats | string {
  try {
    return statSync(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? 'onbekend';
  }
}

export function notADatabase(file: string): RegisterRefused {
  return new RegisterRefused(`${quote(file)} is geen Raadsnota-register (het is geen SQLite-database)`);
}

/** No file at `file`, or none that this user may see: said as the one or the other. */
export function absentRegister(file: string): RegisterRefused {
  return statOf(file) === 'ENOENT' ? noRegister(file) : cannotOpen(file);
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
