import { ImportChoices, ImportColumns, ImportSummary } from '../../core/model/import.js';
import { OverzichtRequest } from '../../core/model/overzicht.js';
import { RegisterItem } from '../../core/model/register.js';
import {
  ItemInput,
  ItemRef,
  ItemUpdate,
  ItemWithHistory,
  Reopen,
  SetStatus,
  SetTermijn,
} from '../../core/model/register-changes.js';
import { Facets, FoundPage, SearchQuery } from '../../core/model/search.js';
import { z } from '../../core/model/zod-nl.js';
import { Bestand } from './bestand.js';
import { operation } from './operation.js';

/** A griffie's list (CSV or XLSX) to import, and how to read it. */
const ImportInput = ImportChoices.extend({
  bestand: Bestand.describe('De lijst van de griffie, als CSV- of XLSX-bestand'),
}).strict();

/** A list whose mapping is still to be chosen: the preview's input without one. */
const MappingInput = ImportInput.omit({ mapping: true });

const Repaired = z.object({ register: z.string().describe('Het register dat is hersteld') }).strict();

/** The register of moties and toezeggingen. */
export const registerContract = {
  'register.search': operation(
    'Zoek moties en toezeggingen op woorden en filters, één pagina tegelijk',
    SearchQuery,
    FoundPage,
  ),
  'register.facets': operation(
    'Waaruit de filters van de lijst kunnen kiezen: de portefeuillehouders en de jaren in het register',
    z.object({}).strict(),
    Facets,
  ),
  'register.importPreview': operation(
    'Laat zien wat het inlezen van een lijst van de griffie zou doen, zonder iets te veranderen',
    ImportInput,
    ImportSummary,
  ),
  'register.importMapping': operation(
    'Laat zien hoe een lijst van de griffie gelezen zou worden: de kolommen, de geraden kolomindeling en de velden',
    MappingInput,
    ImportColumns,
  ),
  'register.import': operation(
    'Lees een lijst van moties of toezeggingen van de griffie in: alle rijen, of bij één fout geen enkele',
    ImportInput,
    ImportSummary,
  ),
  'register.overview': operation(
    'De stand van zaken moties en toezeggingen, als DOCX voor de raad of als CSV',
    OverzichtRequest,
    Bestand,
  ),
  'register.repair': operation(
    'Bouw de zoekindex en de indexen van een beschadigd register opnieuw op',
    z.object({}).strict(),
    Repaired,
  ),
  'register.get': operation('Een motie of toezegging met haar historie', ItemRef, ItemWithHistory),
  'register.add': operation('Voeg een motie of toezegging toe aan het register', ItemInput, RegisterItem),
  'register.update': operation(
    'Verander de gegevens van een motie of toezegging (niet de status, termijn of afdoening)',
    ItemUpdate,
    RegisterItem,
  ),
  'register.setStatus': operation(
    'Geef een motie of toezegging een andere status (afgedaan met een afdoening)',
    SetStatus,
    RegisterItem,
  ),
  'register.setTermijn': operation(
    'Geef een motie of toezegging een nieuwe termijn, of haal de termijn weg',
    SetTermijn,
    RegisterItem,
  ),
  'register.reopen': operation(
    'Heropen een afgedane motie of toezegging, met de reden',
    Reopen,
    RegisterItem,
  ),
} as const;
