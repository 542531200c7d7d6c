import { userInfo } from 'node:os';
import type { Voortgang } from '../core/model/export.js';
import { resolve } from 'node:path';
import { assetsFrom, type Assets } from './assets.js';
import { shippedMigrations } from '../db/shipped-migrations.js';
import { DEFAULT_HUISSTIJL_DIR, TEMPLATES_DIR, WORD_LIST_FILE } from './locations.js';
import { registerAccess, type RegisterAccess } from './register-access.js';
import { defaultRegisterPath } from './register-path.js';

/**
 * What every operation works with, opened once by a door and passed in: the register, the files the functioneel
 * beheerder keeps, the clock and who is acting. Services get what they need from it as plain values; none reads
 * the command line, prints, or decides where a file lives.
 */
export interface Context {
  db: RegisterAccess;
  assets: Assets;
  now: () => Date;
  /** Who is acting, as the history records it. */
  user: string;
  /**
   * Told of every fault of Raadsnota itself (an `internal` error), with its stack, which the user never sees: the CLI
   * prints it with RAADSNOTA_DEBUG=1, a server may log it.
   */
  fault?: (error: unknown) => void;
  /** Told how a long operation (an export and its PDF step) gets on, for a door to show as progress. */
  progress?: (voortgang: Voortgang) => void;
  /**
   * A secret the door keeps outside the register, by name: the OS keychain (Electron's safeStorage) in the app, an
   * environment variable in the CLI. Undefined when the door has none of that name.
   */
  secret?: (naam: string) => Promise<string | undefined>;
}

export interface ContextOptions {
  /** The register; the user's data folder when not given. */
  dbPath?: string | undefined;
  /** The templates folder with the memo types (a manifest per type); the shipped one when not given. */
  templatesDir?: string | undefined;
  /** The huisstijl folder; the shipped example when not given. */
  huisstijlDir?: string | undefined;
  /** The B1 check's ambtelijke woorden; the shipped list when not given. */
  wordListFile?: string | undefined;
  now?: () => Date;
  user?: string;
  fault?: (error: unknown) => void;
  progress?: (voortgang: Voortgang) => void;
  secret?: (naam: string) => Promise<string | undefined>;
}

function currentUser(): string {
  try {
    return userInfo().username || 'onbekend';
  } catch {
    return 'onbekend';
  }
}

/** The context of a door on this machine; `close()` it (`ctx.db.close()`) when the door is done. */
export function openContext(options: ContextOptions = {}): Context {
  return {
    db: registerAccess({
      file: resolve(options.dbPath ?? defaultRegisterPath()),
      migrations: shippedMigrations(),
      makeFolder: options.dbPath === undefined,
    }),
    assets: assetsFrom({
      templatesDir: options.templatesDir ?? TEMPLATES_DIR,
      huisstijlDir: options.huisstijlDir ?? DEFAULT_HUISSTIJL_DIR,
      wordListFile: options.wordListFile ?? WORD_LIST_FILE,
    }),
    now: options.now ?? (() => new Date()),
    user: options.user ?? currentUser(),
    ...(options.fault && { fault: options.fault }),
    ...(options.progress && { progress: options.progress }),
    ...(options.secret && { secret: options.secret }),
  };
}

/** Today on the user's calendar, not in UTC: just after midnight it is already the new day here. */
export function today(ctx: Pick<Context, 'now'>): string {
  const now = ctx.now();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Who acts now, for a history row. */
export function change(ctx: Pick<Context, 'now' | 'user'>): { door: string; op: string } {
  return { door: ctx.user, op: ctx.now().toISOString() };
}
