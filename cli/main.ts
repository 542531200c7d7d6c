import { parseArgs } from 'node:util';
import { formatIssue, quote, ValidationError } from '../core/errors.js';
import { DOCX_YEARS } from '../core/model/memo-documents.js';
import { ItemKind, MotieStatus } from '../core/model/register.js';
import { IsoDate } from '../core/model/text.js';
import { OperationRefused } from './door.js';
import { shortenLine } from './shorten.js';
import { UsageError } from './usage-error.js';

const USAGE = `Gebruik:
  raadsnota render <nota.json> --out <bestand.docx> [--huisstijl <map>] [--aangemaakt <datum-tijd>]
  raadsnota render --id <nummer> --out <bestand.docx> [--huisstijl <map>] [--aangemaakt <datum-tijd>]
  raadsnota validate <nota.json> [--huisstijl <map>]
  raadsnota check <nota.json> [--format text|json] [--drempels <bestand.json>]
  raadsnota schema
  raadsnota types
  raadsnota kenmerk [--datum <datum>] [--huisstijl <map>]
  raadsnota register import <bestand.csv|xlsx> [--mapping <kolommen.json>] [--soort motie|toezegging] [--dry-run]
  raadsnota register list [--overdue] [--status <status>]… [--search <woorden>] [--soort …] [--portefeuillehouder …]
  raadsnota register overview --out <bestand.docx|csv> [--alle] [--peildatum <datum>] [--huisstijl <map>]
  raadsnota register repair
  raadsnota memo import <nota.json>
  raadsnota memo export <id> --out <nota.json>
  raadsnota memo list [--status <status>]… [--search <woorden>]
  raadsnota memo show <id>
  raadsnota backup --out <bestand>
  raadsnota restore <bestand>
  raadsnota export <nota.json|nummer>… --out <map|pakket.zip> [--profile <naam>] [--pdf] [--zip] [--bijlagen <map>]
    [--huisstijl <map>]
  raadsnota verify <pakket>
  raadsnota upload <pakket> --api <url> --client-id <id> --rsin <rsin> --informatieobjecttype <url>
  raadsnota serve [--port <poort>] [--huisstijl <map>]
  raadsnota openapi

Het register staat in de gegevensmap van de gebruiker; --db <bestand> kiest een ander.
types noemt de typen nota van deze installatie (een manifest per type in de map met sjablonen), met hun velden en
secties, en de typen die niet laden met het bestand en het probleem.
kenmerk stelt het volgende kenmerk voor (standaard voor vandaag) volgens het patroon van de huisstijl, geteld over
de nota's in het register.
render --id maakt het document van een nota in het register, met de moties en toezeggingen die eraan gekoppeld zijn.
overview noemt de moties en toezeggingen die nog niet zijn afgedaan; --alle noemt ze allemaal.
memo import leest een notabestand in het register in en koppelt zijn moties en toezeggingen; die het register nog
niet had, neemt het op. memo export schrijft een nota uit het register als notabestand.
serve start de server voor de app in de browser, alleen op deze computer (127.0.0.1), en schrijft het adres om te
openen; stoppen met Ctrl+C. openapi schrijft de beschrijving van de API (OpenAPI 3.1).

export maakt per nota een BIS-pakket; --bijlagen geldt alleen voor nota's uit het register (een notabestand: zijn
eigen map). verify toetst een pakket aan zijn manifest.

check leest de nota op taalniveau B1 en geeft per sectie het oordeel, de cijfers en de bevindingen; het is
een advies en eindigt ook met bevindingen met exitcode 0.

Exitcodes: 0 gelukt, 2 onjuiste invoer, 1 andere fout.`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  huisstijl: { type: 'string' },
  aangemaakt: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  db: { type: 'string' },
  mapping: { type: 'string' },
  soort: { type: 'string' },
  'dry-run': { type: 'boolean' },
  overdue: { type: 'boolean' },
  status: { type: 'string', multiple: true },
  search: { type: 'string' },
  portefeuillehouder: { type: 'string' },
  peildatum: { type: 'string' },
  alle: { type: 'boolean' },
  format: { type: 'string' },
  drempels: { type: 'string' },
  datum: { type: 'string' },
  id: { type: 'string' },
  port: { type: 'string' },
  profile: { type: 'string' },
  pdf: { type: 'boolean' },
  zip: { type: 'boolean' },
  bijlagen: { type: 'string' },
  api: { type: 'string' },
  'client-id': { type: 'string' },
  rsin: { type: 'string' },
  informatieobjecttype: { type: 'string' },
} as const;

function soortOption(value: string | undefined): ItemKind | undefined {
  if (value === undefined) return undefined;
  const parsed = ItemKind.safeParse(value);
  if (!parsed.success) throw new UsageError(`--soort is motie of toezegging, niet ${quote(value)}`);
  return parsed.data;
}

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value !== undefined && !IsoDate.safeParse(value).success) {
    throw new UsageError(`--${name} ${quote(value)} is geen datum; schrijf bijvoorbeeld 2026-03-14`);
  }
  return value;
}

function portOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
    throw new UsageError(`--port ${quote(value)} is geen poort; kies een getal van 1 tot en met 65535`);
  }
  return Number(value);
}

/** A memo's id in the register: a whole number from 1, and then no memo file beside it. */
function memoId(value: string, files: readonly string[]): number {
  if (files.length > 0) throw new UsageError('render verwacht een notabestand of --id, niet allebei');
  if (!/^[1-9][0-9]{0,14}$/.test(value)) {
    throw new UsageError(`--id ${quote(value)} is geen nummer van een nota; schrijf bijvoorbeeld --id 12`);
  }
  return Number(value);
}

type Option = keyof typeof OPTIONS;

/** The options each command takes (--help goes with all); any other is a mistake worth saying, not ignoring. */
const COMMAND_OPTIONS: Record<string, readonly Option[]> = {
  render: ['out', 'huisstijl', 'aangemaakt', 'id', 'db'],
  validate: ['huisstijl'],
  check: ['format', 'drempels'],
  schema: [],
  types: [],
  kenmerk: ['datum', 'huisstijl', 'db'],
  'register import': ['mapping', 'soort', 'dry-run', 'db'],
  'register list': ['overdue', 'status', 'search', 'soort', 'portefeuillehouder', 'db'],
  'register overview': ['out', 'alle', 'peildatum', 'huisstijl', 'db'],
  'register repair': ['db'],
  'memo import': ['db'],
  'memo export': ['out', 'db'],
  'memo list': ['status', 'search', 'db'],
  'memo show': ['db'],
  backup: ['out', 'db'],
  restore: ['db'],
  serve: ['db', 'port', 'huisstijl'],
  openapi: [],
  export: ['out', 'profile', 'pdf', 'zip', 'bijlagen', 'huisstijl', 'db'],
  verify: [],
  upload: ['api', 'client-id', 'rsin', 'informatieobjecttype'],
};

function refuseForeignOptions(
  positionals: readonly string[],
  values: Partial<Record<Option, unknown>>,
): void {
  const [command = '', sub = ''] = positionals;
  const name = command === 'register' || command === 'memo' ? `${command} ${sub}` : command;
  const allowed = COMMAND_OPTIONS[name];
  if (allowed === undefined) return;
  const foreign = (Object.keys(values) as Option[]).filter((o) => o !== 'help' && !allowed.includes(o));
  if (foreign.length > 0) {
    throw new UsageError(`${foreign.map((o) => `--${o}`).join(', ')} hoort niet bij ${name}`);
  }
}

/** Node's parseArgs explains in English; a user of this command reads Dutch. */
function parseArgsError(error: unknown): UsageError {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(?:-\w, )?(--?[^' ]+)/.exec(message)?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`onbekende optie ${quote(option)}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(
        message.includes('argument missing')
          ? `${option} verwacht een waarde`
          : `${option} neemt geen waarde`,
      );
    default:
      return new UsageError(message);
  }
}

async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw parseArgsError(error);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (command === undefined) throw new UsageError('geef een opdracht');
  refuseForeignOptions(positionals, values);
  const input = (): string => {
    if (rest.length !== 1 || rest[0] === undefined)
      throw new UsageError(`${command} verwacht één notabestand`);
    return rest[0];
  };
  switch (command) {
    case 'render': {
      if (!values.out) throw new UsageError('render verwacht --out <bestand.docx>');
      const { renderCommand } = await import('./commands.js');
      const memo = values.id === undefined ? { file: input() } : { id: memoId(values.id, rest) };
      const createdAt = creationDate(values.aangemaakt);
      const out = await renderCommand({
        memo,
        out: values.out,
        huisstijlDir: values.huisstijl,
        createdAt,
        dbPath: values.db,
      });
      process.stdout.write(`Geschreven: ${out}\n`);
      return 0;
    }
    case 'validate': {
      const { validateCommand } = await import('./commands.js');
      const summary = await validateCommand({ memoFile: input(), huisstijlDir: values.huisstijl });
      process.stdout.write(`${summary}\n`);
      return 0;
    }
    case 'check': {
      const { checkCommand, CHECK_FORMATS } = await import('./check-command.js');
      const format = values.format ?? 'text';
      if (!(CHECK_FORMATS as readonly string[]).includes(format)) {
        throw new UsageError(`--format is ${CHECK_FORMATS.join(' of ')}, niet ${quote(format)}`);
      }
      const report = await checkCommand({
        memoFile: input(),
        format: format as (typeof CHECK_FORMATS)[number],
        thresholdsFile: values.drempels,
      });
      process.stdout.write(`${report}\n`);
      return 0;
    }
    case 'schema': {
      const { schemaCommand } = await import('./schema-command.js');
      process.stdout.write(`${JSON.stringify(await schemaCommand(), null, 2)}\n`);
      return 0;
    }
    case 'types': {
      if (rest.length > 0) throw new UsageError('types verwacht geen bestand');
      const { typesCommand } = await import('./types-command.js');
      const { text, refused } = await typesCommand();
      process.stdout.write(`${text}\n`);
      return refused ? 2 : 0;
    }
    case 'kenmerk': {
      if (rest.length > 0) throw new UsageError('kenmerk verwacht geen bestand; kies de datum met --datum');
      const { kenmerkCommand } = await import('./kenmerk-command.js');
      const { kenmerk, opmerking } = await kenmerkCommand({
        datum: dateOption('datum', values.datum),
        dbPath: values.db,
        huisstijlDir: values.huisstijl,
      });
      if (opmerking) process.stderr.write(`${opmerking}\n`);
      process.stdout.write(`${kenmerk}\n`);
      return 0;
    }
    case 'register':
      return register(rest, values);
    case 'memo': {
      const { memoCommand } = await import('./memo-commands.js');
      const { output, note } = await memoCommand(rest, {
        dbPath: values.db,
        out: values.out,
        status: values.status,
        search: values.search,
      });
      if (note) process.stderr.write(`${note}\n`);
      process.stdout.write(`${output}\n`);
      return 0;
    }
    case 'backup': {
      if (!values.out) throw new UsageError('backup verwacht --out <bestand>');
      const { backupCommand } = await import('./register-commands.js');
      process.stdout.write(`Reservekopie: ${await backupCommand({ out: values.out, dbPath: values.db })}\n`);
      return 0;
    }
    case 'restore': {
      if (rest.length !== 1 || rest[0] === undefined)
        throw new UsageError('restore verwacht één reservekopie');
      const { restoreCommand } = await import('./register-commands.js');
      process.stdout.write(`${await restoreCommand({ source: rest[0], dbPath: values.db })}\n`);
      return 0;
    }
    case 'upload': {
      if (rest.length !== 1 || rest[0] === undefined) throw new UsageError('upload verwacht één pakket');
      const { api, 'client-id': clientId, rsin, informatieobjecttype } = values;
      if (!api || !clientId || !rsin || !informatieobjecttype) {
        throw new UsageError('upload verwacht --api, --client-id, --rsin en --informatieobjecttype');
      }
      const { uploadCommand } = await import('./upload-command.js');
      const made = await uploadCommand({ pakket: rest[0], api, clientId, rsin, informatieobjecttype });
      process.stdout.write(`${made}\n`);
      return 0;
    }
    case 'serve': {
      if (rest.length > 0) throw new UsageError('serve verwacht geen bestand; kies het register met --db');
      const { serveCommand } = await import('./serve-command.js');
      await serveCommand({
        dbPath: values.db,
        huisstijlDir: values.huisstijl,
        port: portOption(values.port),
      });
      return 0;
    }
    case 'openapi': {
      if (rest.length > 0) throw new UsageError('openapi verwacht geen bestand');
      const { openapiCommand } = await import('./openapi-command.js');
      process.stdout.write(`${openapiCommand()}\n`);
      return 0;
    }
    case 'export': {
      if (!values.out) throw new UsageError('export verwacht --out <map|pakket.zip>');
      const { exportCommand } = await import('./export-commands.js');
      const { output, note } = await exportCommand({
        memos: rest,
        out: values.out,
        profile: values.profile,
        pdf: values.pdf ?? false,
        zip: values.zip ?? false,
        bijlagen: values.bijlagen,
        dbPath: values.db,
        huisstijlDir: values.huisstijl,
      });
      if (note) process.stderr.write(`${note}\n`);
      process.stdout.write(`${output}\n`);
      return 0;
    }
    case 'verify': {
      if (rest.length !== 1 || rest[0] === undefined) throw new UsageError('verify verwacht één pakket');
      const { verifyCommand } = await import('./export-commands.js');
      const { inOrde, text } = await verifyCommand(rest[0]);
      (inOrde ? process.stdout : process.stderr).write(`${text}\n`);
      return inOrde ? 0 : 2;
    }
    default:
      throw new UsageError(`onbekende opdracht ${quote(command)}`);
  }
}

type Values = ReturnType<
  typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>
>['values'];

async function register([sub, ...rest]: string[], values: Values): Promise<number> {
  const commands = await import('./register-commands.js');
  switch (sub) {
    case 'import': {
      if (rest.length !== 1 || rest[0] === undefined)
        throw new UsageError('register import verwacht één bestand');
      const summary = await commands.importCommand({
        file: rest[0],
        mappingFile: values.mapping,
        soort: soortOption(values.soort),
        dryRun: values['dry-run'] ?? false,
        dbPath: values.db,
      });
      process.stdout.write(`${summary}\n`);
      return 0;
    }
    case 'list': {
      const statuses = values.status?.map((s) => {
        if (!MotieStatus.safeParse(s).success) {
          throw new UsageError(
            `--status ${quote(s)} bestaat niet; kies uit ${MotieStatus.options.join(', ')}`,
          );
        }
        return s;
      });
      const output = await commands.listCommand({
        dbPath: values.db,
        overdue: values.overdue ?? false,
        status: statuses,
        search: values.search,
        soort: soortOption(values.soort),
        portefeuillehouder: values.portefeuillehouder,
      });
      process.stdout.write(`${output}\n`);
      return 0;
    }
    case 'overview': {
      if (!values.out) throw new UsageError('register overview verwacht --out <bestand.docx|csv>');
      const out = await commands.overviewCommand({
        out: values.out,
        dbPath: values.db,
        peildatum: dateOption('peildatum', values.peildatum),
        huisstijlDir: values.huisstijl,
        reikwijdte: values.alle ? 'alle' : 'lopend',
      });
      process.stdout.write(`Geschreven: ${out}\n`);
      return 0;
    }
    case 'repair': {
      if (rest.length > 0)
        throw new UsageError('register repair verwacht geen bestand; kies het register met --db');
      process.stdout.write(`${await commands.repairCommand({ dbPath: values.db })}\n`);
      return 0;
    }
    default:
      throw new UsageError(
        sub
          ? `onbekende registeropdracht ${quote(sub)}`
          : 'register verwacht import, list, overview of repair',
      );
  }
}

// A date, or a date and time with its offset: without an offset the result would depend on the machine's time zone.
const ISO_MOMENT = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Whether the year, month and day exist: `Date` turns 30 February into 2 March without a word. */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function withinDocxYears(date: Date, what: string): Date {
  const year = date.getUTCFullYear();
  if (!(year >= DOCX_YEARS.first && year <= DOCX_YEARS.last)) {
    throw new UsageError(
      `${what} valt buiten de jaren die een DOCX-bestand kan bevatten: van 1 januari ${DOCX_YEARS.first} tot en met 31 december ${DOCX_YEARS.last} (UTC)`,
    );
  }
  return date;
}

/**
 * The document's creation time: --aangemaakt, else SOURCE_DATE_EPOCH (the reproducible-builds convention),
 * else now. A fixed value makes the output byte-for-byte repeatable.
 */
function creationDate(option: string | undefined): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (option !== undefined) {
    const what = `--aangemaakt ${quote(option)}`;
    const parts = ISO_MOMENT.exec(option);
    const date = new Date(option);
    if (parts === null || Number.isNaN(date.getTime())) {
      throw new UsageError(`${what} is geen datum; schrijf 2026-03-14 of 2026-03-14T09:30:00+01:00`);
    }
    if (!isCalendarDay(Number(parts[1]), Number(parts[2]), Number(parts[3]))) {
      throw new UsageError(`${what} bestaat niet in de kalender`);
    }
    return withinDocxYears(date, what);
  }
  if (epoch !== undefined) {
    if (!/^\d+$/.test(epoch)) throw new UsageError('SOURCE_DATE_EPOCH is geen aantal seconden');
    return withinDocxYears(new Date(Number(epoch) * 1000), `SOURCE_DATE_EPOCH ${quote(epoch)}`);
  }
  return new Date();
}

/** Writes a message, every line shortened where it quotes something long, so that nothing floods the terminal. */
function say(text: string): void {
  process.stderr.write(`${text.split('\n').map(shortenLine).join('\n')}\n`);
}

function report(error: unknown): number {
  if (error instanceof OperationRefused) {
    say(error.error.message);
    for (const issue of error.error.issues ?? []) say(`  - ${formatIssue(issue)}`);
    // An outside API that fails is no bad input: trying again later may work.
    return error.error.code === 'internal' || error.error.code === 'unavailable' ? 1 : 2;
  }
  if (error instanceof ValidationError) {
    say(error.message.split('\n')[0] ?? '');
    for (const issue of error.issues) say(`  - ${formatIssue(issue)}`);
    return 2;
  }
  if (error instanceof UsageError) {
    say(`Fout: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  say(`Onverwachte fout: ${error instanceof Error ? error.message : String(error)}`);
  if (process.env.RAADSNOTA_DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`);
  return 1;
}

/**
 * A reader that stops early (`raadsnota check nota.json | head`) closes the pipe. What is left to print has no
 * reader, but the command still finishes its work: an import is not cut off halfway because nobody reads its summary.
 */
function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
}

export async function main(argv: string[]): Promise<number> {
  process.stdout.on('error', ignoreClosedPipe);
  try {
    return await run(argv);
  } catch (error) {
    return report(error);
  }
}
