import { z } from './zod-nl.js';
import { ItemKind, Motie, MotieStatus, Toezegging } from './register.js';
import { IsoDate, Text } from './text.js';

/** A search of the register: the words typed and the filters, one page at a time. */
export const SearchQuery = z
  .object({
    text: z.string().optional().describe('Woorden uit nummer, titel, dictum of omschrijving'),
    soort: ItemKind.optional(),
    status: z.array(MotieStatus).min(1).optional().describe('Een of meer statussen'),
    portefeuillehouder: Text.optional(),
    vergadering: Text.optional(),
    year: z.int().min(1000).max(9999).optional().describe('Jaar van de nummerreeks of van de datum'),
    overdueOn: IsoDate.optional().describe('Alleen wat op deze datum over de termijn is'),
    limit: z.int().min(1).max(500).default(50),
    offset: z.int().min(0).default(0),
  })
  .strict();
export type SearchQuery = z.input<typeof SearchQuery>;

const teLaat = {
  teLaat: z.boolean().describe('Of de termijn op de peildatum verstreken is terwijl het nog loopt'),
};

/** An item as a list shows it: with whether it is overdue, worked out once, where the list is made. */
export const FoundItem = z.discriminatedUnion('soort', [Motie.extend(teLaat), Toezegging.extend(teLaat)]);
export type FoundItem = z.infer<typeof FoundItem>;

export const FoundPage = z
  .object({
    items: z.array(FoundItem).describe('Eén pagina, op termijn (zonder termijn achteraan) en dan op nummer'),
    total: z.int().min(0).describe('Hoeveel er in totaal gevonden zijn'),
    peildatum: IsoDate.describe('De datum waarop teLaat is bepaald'),
  })
  .strict();
export type FoundPage = z.infer<typeof FoundPage>;

/** What the list's filters can choose from: every portefeuillehouder and every year the register holds. */
export const Facets = z
  .object({
    portefeuillehouders: z.array(z.string()).describe('Elke portefeuillehouder één keer, op alfabet'),
    jaren: z
      .array(z.int().min(1000).max(9999))
      .describe('De jaren waarop het filter year kan zoeken (nummerreeks of datum), de nieuwste eerst'),
  })
  .strict();
export type Facets = z.infer<typeof Facets>;
