import type { ImportChoices } from '../../core/model/import.js';
import { listMapping } from '../../services/register/import/mapping.js';
import { importList, previewList, type ListInput } from '../../services/register/import/run.js';
import {
  addItem,
  changeStatus,
  changeTermijn,
  editItem,
  itemWithHistory,
  reopenItem,
} from '../../services/register/items.js';
import { registerFacets } from '../../services/register/facets.js';
import { overzichtFile } from '../../services/register/overview.js';
import { repairAt } from '../../services/register/repair.js';
import { findItems } from '../../services/register/search.js';
import type { Bestand } from '../contract/bestand.js';
import { MEDIATYPE } from '../contract/bestand.js';
import type { registerContract } from '../contract/register.js';
import { change, today } from '../context.js';
import { asBestand, bytesOf } from '../bestand.js';
import type { Handlers } from './handler.js';

function listInput({ bestand, mapping, soort }: ImportChoices & { bestand: Bestand }): ListInput {
  return {
    bytes: bytesOf(bestand),
    bestandsnaam: bestand.naam,
    ...(mapping && { mapping }),
    ...(soort && { soort }),
  };
}

export const registerHandlers: Handlers<typeof registerContract> = {
  'register.search': (query, ctx) => findItems(ctx.db.read(), query, today(ctx)),
  'register.facets': (_, ctx) => registerFacets(ctx.db.read()),
  'register.importPreview': (input, ctx) => previewList(() => ctx.db.preview(), listInput(input)),
  'register.importMapping': ({ bestand, soort }) =>
    listMapping({ bytes: bytesOf(bestand), bestandsnaam: bestand.naam, ...(soort && { soort }) }),
  'register.import': (input, ctx) => importList(() => ctx.db.write(), listInput(input), change(ctx)),
  'register.overview': async ({ formaat, peildatum, reikwijdte }, ctx) => {
    const { naam, bytes } = await overzichtFile(ctx.db.read(), {
      formaat,
      peildatum: peildatum ?? today(ctx),
      reikwijdte,
      assets: () => ctx.assets.render(),
      createdAt: ctx.now(),
    });
    return asBestand(naam, MEDIATYPE[formaat], bytes);
  },
  'register.repair': (_, ctx) => repairAt(ctx.db.file, () => ctx.db.forRepair()),
  'register.get': (ref, ctx) => itemWithHistory(ctx.db.read(), ref),
  'register.add': (item, ctx) => addItem(ctx.db.write(), item, change(ctx).op),
  'register.update': (update, ctx) => editItem(ctx.db.write(), update, change(ctx)),
  'register.setStatus': ({ soort, id, toelichting, ...request }, ctx) =>
    changeStatus(ctx.db.write(), { soort, id }, request, {
      ...change(ctx),
      ...(toelichting && { toelichting }),
    }),
  'register.setTermijn': ({ soort, id, termijn, toelichting }, ctx) =>
    changeTermijn(ctx.db.write(), { soort, id }, termijn, {
      ...change(ctx),
      ...(toelichting && { toelichting }),
    }),
  'register.reopen': ({ soort, id, toelichting }, ctx) =>
    reopenItem(ctx.db.write(), { soort, id }, { ...change(ctx), toelichting }),
};
