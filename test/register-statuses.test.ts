import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOSED_STATUSES, isClosed, MOTIE_STATUSES, RUNNING_STATUSES } from '../core/model/register.js';
import { isOverdue } from '../services/register/rules.js';
import { ROOT } from './helpers/assets.js';

/** Every source file of the app. */
function sources(): string[] {
  return ['core', 'db', 'services', 'templates', 'cli', 'electron', 'renderer']
    .filter((folder) => existsSync(join(ROOT, folder)))
    .flatMap((folder) =>
      readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.tsx?$/.test(name))
        .map((name) => join(ROOT, folder, name)),
    );
}

/** A list literal of exactly these statuses, in any order. */
function listOf(statuses: readonly string[]): RegExp {
  const one = `'(?:${statuses.join('|')})'`;
  return new RegExp(`\\[\\s*${Array.from(statuses, () => one).join(',\\s*')},?\\s*\\]`);
}

describe('the statuses of moties and toezeggingen', () => {
  it('are listed as closed or running in one place only, core/model/register.ts', () => {
    const found = sources().flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      return [listOf(CLOSED_STATUSES), listOf(['open', 'in behandeling', 'deels afgedaan'])]
        .filter((pattern) => pattern.test(text))
        .map(() => relative(ROOT, path));
    });
    expect(found).toEqual([join('core', 'model', 'register.ts')]);
  });

  it('are each closed, running, or aangehouden (held over, no termijn runs), and only one of these', () => {
    for (const status of MOTIE_STATUSES) {
      const kinds = [isClosed(status), RUNNING_STATUSES.includes(status), status === 'aangehouden'];
      expect(kinds.filter(Boolean), status).toHaveLength(1);
    }
    expect(RUNNING_STATUSES).toEqual(['open', 'in behandeling', 'deels afgedaan']);
  });

  it('make only a running item overdue', () => {
    const late = MOTIE_STATUSES.filter((status) =>
      isOverdue({ status, termijn: '2026-01-01' }, '2026-06-01'),
    );
    expect(late).toEqual(RUNNING_STATUSES);
  });
});
