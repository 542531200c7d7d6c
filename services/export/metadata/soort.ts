import type { OriInformatieobjecttype } from './ori-schema.js';
import { DOCUMENTSOORT, type TooiWaarde } from './tooi.js';

interface Soort {
  ori: OriInformatieobjecttype;
  documentsoort: TooiWaarde;
}

/**
 * What each memo type is in the standards. The informatienota and the raadsmededeling tell the raad something: ORI's
 * `mededeling`, and a letter of the college to the raad (many municipalities call the informatienota a
 * "raadsinformatiebrief"), TOOI's `brief`; TOOI has no informatienota. The raadsvoorstel asks the raad for a
 * decision: ORI's `voorstel` rather than `besluitvormingsstuk`, because ORI uses the latter for everything the raad
 * votes on (moties and amendementen too), while `voorstel` is the college's proposal itself and what ORI's
 * `portefeuillehouder` and `datumIngediend` describe; in TOOI it is a `vergaderstuk`, put on the raad's agenda.
 */
const SOORTEN: ReadonlyMap<string, Soort> = new Map([
  ['informatienota', { ori: 'mededeling', documentsoort: DOCUMENTSOORT.brief }],
  ['raadsmededeling', { ori: 'mededeling', documentsoort: DOCUMENTSOORT.brief }],
  ['raadsvoorstel', { ori: 'voorstel', documentsoort: DOCUMENTSOORT.vergaderstuk }],
]);

// A type a municipality adds itself informs the raad unless it is one of the types above that asks a decision.
const ANDERS: Soort = { ori: 'mededeling', documentsoort: DOCUMENTSOORT.brief };

/** What a memo of `type` is in ORI and in TOOI. */
export function soortVan(type: string): Soort {
  return SOORTEN.get(type) ?? ANDERS;
}
