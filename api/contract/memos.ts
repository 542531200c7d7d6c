import {
  MemoCreate,
  MemoExported,
  MemoExportRequest,
  MemoImport,
  MemoImported,
  MemoLink,
  MemoLinkResult,
  MemoPage,
  MemoQuery,
  MemoRecord,
  MemoRef,
  MemoStatusChange,
  MemoUpdate,
  StoredMemo,
} from '../../core/model/memo-register.js';
import { operation } from './operation.js';

/** The memos kept in the register: made, written, moved towards the council, linked to what they answer. */
export const memosContract = {
  'memos.create': operation(
    'Maak een nieuwe nota als concept, met de verplichte secties uit het manifest van haar type, nog leeg',
    MemoCreate,
    StoredMemo,
  ),
  'memos.update': operation(
    'Sla nieuwe inhoud van een nota op; geweigerd (conflict) als de nota sinds de genoemde revisie is gewijzigd',
    MemoUpdate,
    StoredMemo,
  ),
  'memos.get': operation(
    'Een nota uit het register: haar gegevens, huidige inhoud, gekoppelde moties en toezeggingen en historie',
    MemoRef,
    StoredMemo,
  ),
  'memos.list': operation(
    "Zoek nota's op status en woorden, één pagina tegelijk, laatst gewijzigd eerst",
    MemoQuery,
    MemoPage,
  ),
  'memos.setStatus': operation(
    'Zet een nota een stap verder (of terug naar concept), met wie en wanneer in de historie; verzenden bevriest de versie',
    MemoStatusChange,
    MemoRecord,
  ),
  'memos.link': operation(
    'Koppel een motie of toezegging uit het register aan de nota die haar beantwoordt',
    MemoLink,
    MemoLinkResult,
  ),
  'memos.unlink': operation('Maak de koppeling van een motie of toezegging los', MemoLink, MemoLinkResult),
  'memos.import': operation(
    'Lees een notabestand in het register in; zijn moties en toezeggingen worden gekoppeld, en opgenomen als het register ze nog niet had',
    MemoImport,
    MemoImported,
  ),
  'memos.export': operation(
    'Een nota uit het register als notabestand, met de moties en toezeggingen uit het register',
    MemoExportRequest,
    MemoExported,
  ),
} as const;
