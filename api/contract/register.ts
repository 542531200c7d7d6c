import { FoundPage, SearchQuery } from '../../core/model/search.js';
import { operation } from './operation.js';

/** The register of moties and toezeggingen. */
export const registerContract = {
  'register.search': operation(
    'Zoek moties en toezeggingen op woorden en filters, één pagina tegelijk',
    SearchQuery,
    FoundPage,
  ),
} as const;
