import { describe, expect, it } from 'vitest';
import type { Overzicht, OverzichtItem } from '../core/model/overzicht.js';
import { buildOverzichtDocument, renderOverzichtDocx, sortOverzicht } from '../templates/engine/overzicht.js';
import { inlineText, type Block } from '../templates/engine/tree.js';
import { assets, CREATED } from './helpers/assets.js';
import { readDocx } from './helpers/docx.js';

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
  it('lists every item in total and once more per portefeuillehouder, overdue ones marked', async () => {
    const tree = buildOverzichtDocument(OVERZICHT, await assets());
    const headings = tree.body.filter((b) => b.kind === 'heading').map((b) => inlineText(b.content));
    expect(headings).toEqual([
      'Stand van zaken moties en toezeggingen',
      'Alle moties en toezeggingen',
      'Wethouder Amrani',
      'Wethouder De Groot',
      'Zonder portefeuillehouder',
    ]);
    const tables = tree.body.filter((b) => b.kind === 'table');
    const all = tableRows(tables[0]);
    expect(all.map((r) => r.split(' | ')[0])).toEqual([
      'motie M-9',
      'toezegging 154',
      'motie M-1',
      'motie M-2',
      'motie M-3',
    ]);
    expect(all[0]).toContain('1 februari 2026');
    expect(all[0]).toContain('te laat, open');
    expect(all[3]).toContain('—');
    expect(tableRows(tables[1]).map((r) => r.split(' | ')[0])).toEqual(['toezegging 154', 'motie M-2']);
  });

  it('says how many items there are, how many still run and how many are overdue', async () => {
    const tree = buildOverzichtDocument(OVERZICHT, await assets());
    const intro = tree.body.find((b) => b.kind === 'paragraph');
    expect(intro && 'content' in intro ? inlineText(intro.content) : '').toBe(
      'Peildatum 1 juni 2026. In het register staan 5 moties en toezeggingen. Daarvan zijn er 4 nog niet afgedaan, waarvan 2 over de termijn.',
    );
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
      expect.arrayContaining(['motie M-<1>', 'Kosten & baten {{x}} ]]>']),
    );
    expect(docx.paragraphs[0]).toMatchObject({
      style: 'Title',
      text: 'Stand van zaken moties en toezeggingen',
    });
  });
});
