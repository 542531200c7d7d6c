import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Overzicht, OverzichtItem } from '../core/model/overzicht.js';
import { openRegister, type Register } from '../db/connection.js';
import { importItems } from '../services/register/import/store.js';
import { overzichtOn } from '../services/register/overzicht.js';
import {
  buildOverzichtDocument,
  MAX_DOCX_ITEMS,
  overzichtView,
  renderOverzichtDocx,
  sortOverzicht,
} from '../templates/engine/overzicht.js';
import { inlineText, type Block } from '../templates/engine/tree.js';
import { assets, CREATED, issuesOf, makeTempDir, removeTempDir, ROOT } from './helpers/assets.js';
import { readDocx } from './helpers/docx.js';
import { noBreakSpaces } from '../templates/engine/typography.js';

const item = (nummer: string, extra: Partial<OverzichtItem>): OverzichtItem => ({
  soort: 'motie',
  nummer,
  onderwerp: `Onderwerp van ${nummer}`,
  vergadering: 'Raad 12 maart 2026',
  status: 'open',
  teLaat: false,
  ...extra,
});

const OVERZICHT: Overzicht = {
  peildatum: '2026-06-01',
  items: [
    item('M-3', { status: 'afgedaan', termijn: '2026-01-10', portefeuillehouder: 'Wethouder De Groot' }),
    item('M-1', { termijn: '2026-09-01', portefeuillehouder: 'Wethouder De Groot' }),
    item('154', {
      soort: 'toezegging',
      termijn: '2026-04-01',
      teLaat: true,
      portefeuillehouder: 'Wethouder Amrani',
    }),
    item('M-2', { status: 'in behandeling', portefeuillehouder: 'Wethouder Amrani' }),
    item('M-9', { termijn: '2026-02-01', teLaat: true }),
  ],
};

function tableRows(block: Block | undefined): string[] {
  if (block?.kind !== 'table') throw new Error(`expected a table, got ${block?.kind ?? 'nothing'}`);
  return block.rows
    .slice(1)
    .map((r) => r.cells.map((c) => c.map((b) => ('content' in b ? inlineText(b.content) : ''))).join(' | '));
}

describe('sorting the stand van zaken', () => {
  it('puts overdue items first, then running ones by termijn (none last), then finished ones', () => {
    expect(sortOverzicht(OVERZICHT.items).map((i) => i.nummer)).toEqual(['M-9', '154', 'M-1', 'M-2', 'M-3']);
  });
});

describe('the stand van zaken document', () => {
  it('lists every item once, overdue first, with its portefeuillehouder, then the counts per portefeuillehouder', async () => {
    const tree = buildOverzichtDocument(OVERZICHT, await assets());
    const headings = tree.body.filter((b) => b.kind === 'heading').map((b) => inlineText(b.content));
    expect(headings).toEqual([
      'Stand van zaken moties en toezeggingen',
      'Alle moties en toezeggingen',
      'Per portefeuillehouder',
    ]);
    const [list, counts] = tree.body.filter((b) => b.kind === 'table');
    expect(tableRows(counts)).toEqual([
      'Wethouder Amrani | 2 | 2 | 1',
      'Wethouder De Groot | 2 | 1 | 0',
      'Zonder portefeuillehouder | 1 | 1 | 1',
    ]);
    const all = tableRows(list);
    expect(all.map((r) => r.split('\n')[0])).toEqual([
      'motie M-9',
      'toezegging 154',
      'motie M-1',
      'motie M-2',
      'motie M-3',
    ]);
    expect(all[0]).toBe(
      'motie M-9\nRaad 12 maart 2026 | Onderwerp van M-9 | — | 1 februari 2026 | te laat, open',
    );
    expect(all[1]).toContain('Wethouder Amrani');
    expect(all[3]).toContain('—');
  });

  it('says how many items there are, how many still run and how many are overdue', async () => {
    const tree = buildOverzichtDocument(OVERZICHT, await assets());
    const intro = tree.body.find((b) => b.kind === 'paragraph');
    expect(intro && 'content' in intro ? inlineText(intro.content) : '').toBe(
      'Peildatum 1 juni 2026. In het register staan 5 moties en toezeggingen. Daarvan zijn er 4 nog niet afgedaan, waarvan 2 over de termijn.',
    );
  });

  it('says that it lists only what still runs when it does', async () => {
    const tree = buildOverzichtDocument({ ...OVERZICHT, reikwijdte: 'lopend' }, await assets());
    const texts = tree.body.map((b) => ('content' in b ? inlineText(b.content) : ''));
    expect(texts).toContain(
      'Peildatum 1 juni 2026. Dit overzicht noemt de 5 moties en toezeggingen die nog niet zijn afgedaan, waarvan 2 over de termijn.',
    );
    expect(texts).toContain('Moties en toezeggingen die nog lopen');
  });

  it('says "1 motie of toezegging" in the singular, in both sentences', async () => {
    const intro = async (overzicht: Overzicht): Promise<string> => {
      const tree = buildOverzichtDocument(overzicht, await assets());
      const first = tree.body.find((b) => b.kind === 'paragraph');
      return first && 'content' in first ? inlineText(first.content) : '';
    };
    const one = { ...OVERZICHT, items: OVERZICHT.items.filter((i) => i.nummer === 'M-9') };
    expect(await intro({ ...one, reikwijdte: 'lopend' })).toBe(
      'Peildatum 1 juni 2026. Dit overzicht noemt de ene motie of toezegging die nog niet is afgedaan, waarvan 1 over de termijn.',
    );
    expect(await intro(one)).toBe(
      'Peildatum 1 juni 2026. In het register staat 1 motie of toezegging. Daarvan is er 1 nog niet afgedaan, waarvan 1 over de termijn.',
    );
  });

  it('gives the template its reikwijdte under the name the model uses', () => {
    expect(overzichtView({ ...OVERZICHT, reikwijdte: 'lopend' }).reikwijdte).toEqual({
      lopend: true,
      alle: false,
    });
    expect(overzichtView({ ...OVERZICHT, reikwijdte: 'alle' }).reikwijdte).toEqual({
      lopend: false,
      alle: true,
    });
    expect(overzichtView(OVERZICHT)).not.toHaveProperty('alleenLopend');
  });

  it('refuses more items than a document can hold, before any work, and points to CSV', async () => {
    const many = Array.from({ length: MAX_DOCX_ITEMS + 1 }, (_, i) => item(`M-${i}`, {}));
    const issues = await issuesOf(async () =>
      renderOverzichtDocx({ peildatum: '2026-06-01', reikwijdte: 'alle', items: many }, await assets(), {
        createdAt: CREATED,
      }),
    );
    expect(issues).toEqual([
      {
        path: 'overzicht',
        message:
          'telt 10.001 moties en toezeggingen, te veel voor een Word-document (hoogstens 10.000); schrijf het als ' +
          'CSV-bestand (.csv), dat Excel opent; of vraag alleen de moties en toezeggingen die nog lopen',
      },
    ]);
  });

  it('writes an empty register as a sentence, not as an empty table', async () => {
    const tree = buildOverzichtDocument({ peildatum: '2026-06-01', items: [] }, await assets());
    expect(tree.body.some((b) => b.kind === 'table')).toBe(false);
    expect(tree.body.map((b) => ('content' in b ? inlineText(b.content) : ''))).toContain(
      'Geen moties of toezeggingen.',
    );
  });

  it('renders as a DOCX with the title as its document title and user text kept literal', async () => {
    const nasty = { ...OVERZICHT, items: [item('M-<1>', { onderwerp: 'Kosten & baten {{x}} ]]>' })] };
    const docx = readDocx(renderOverzichtDocx(nasty, await assets(), { createdAt: CREATED }));
    expect(docx.paragraphs.map((p) => p.text)).toEqual(
      expect.arrayContaining([noBreakSpaces('motie M-<1>\nRaad 12 maart 2026'), 'Kosten & baten {{x}} ]]>']),
    );
    expect(docx.paragraphs[0]).toMatchObject({
      style: 'Title',
      text: 'Stand van zaken moties en toezeggingen',
    });
  });
});

describe('reading the stand van zaken from the register', () => {
  let dir: string;
  let db: Register;
  beforeEach(async () => {
    dir = await makeTempDir();
    db = openRegister(join(dir, 'register.sqlite'), join(ROOT, 'db', 'migrations'), { create: true });
    const motie = (nummer: string, status: string, termijn?: string) => ({
      soort: 'motie',
      nummer,
      titel: `Motie ${nummer}`,
      vergadering: 'Raad 5 februari 2026',
      portefeuillehouder: 'Wethouder Amrani',
      status,
      ...(termijn ? { termijn } : {}),
    });
    importItems(
      db,
      [
        motie('M-1', 'open', '2026-03-01'),
        motie('M-2', 'afgedaan', '2026-03-01'),
        motie('M-3', 'verworpen'),
        motie('M-4', 'aangehouden'),
        motie('M-5', 'ingetrokken'),
        {
          soort: 'toezegging',
          nummer: 'T-1',
          omschrijving: 'Een memo over de wachttijden',
          vergadering: 'commissie Bestuur',
          gedaanOp: '2026-01-22',
          status: 'in behandeling',
          termijn: '2026-09-01',
        },
      ],
      { door: 'test', op: '2026-05-04T07:00:00Z' },
    );
  });
  afterEach(async () => {
    db.close();
    await removeTempDir(dir);
  });

  it('lists what is not yet closed by default, overdue ones marked', () => {
    const overzicht = overzichtOn(db, '2026-06-01');
    expect(overzicht.reikwijdte).toBe('lopend');
    expect(sortOverzicht(overzicht.items)).toEqual([
      {
        soort: 'motie',
        nummer: 'M-1',
        onderwerp: 'Motie M-1',
        vergadering: 'Raad 5 februari 2026',
        portefeuillehouder: 'Wethouder Amrani',
        termijn: '2026-03-01',
        status: 'open',
        teLaat: true,
      },
      {
        soort: 'toezegging',
        nummer: 'T-1',
        onderwerp: 'Een memo over de wachttijden',
        vergadering: 'commissie Bestuur',
        termijn: '2026-09-01',
        status: 'in behandeling',
        teLaat: false,
      },
      expect.objectContaining({ nummer: 'M-4', status: 'aangehouden', teLaat: false }),
    ]);
  });

  it('lists every item when asked for all', () => {
    const overzicht = overzichtOn(db, '2026-06-01', 'alle');
    expect(overzicht.items.map((i) => i.nummer).sort()).toEqual(['M-1', 'M-2', 'M-3', 'M-4', 'M-5', 'T-1']);
    expect(overzicht.items.find((i) => i.nummer === 'M-2')?.teLaat).toBe(false);
  });
});
