import { HuisstijlThema } from '../../core/model/huisstijl.js';
import { NoInput } from '../../core/model/memo-documents.js';
import { operation } from './operation.js';

/** The huisstijl the functioneel beheerder keeps, as far as the app's screens show it. */
export const huisstijlContract = {
  'huisstijl.theme': operation(
    'De naam en de kleuren van de gemeente uit de huisstijl, voor de schermen van de app',
    NoInput,
    HuisstijlThema,
  ),
} as const;
