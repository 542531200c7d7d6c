/**
 * The TOOI values (https://identifier.overheid.nl/tooi) that diwoo.xml uses, each with the label its value list gives
 * it. The DiWoo XSD allows only the URIs of its lists (diwoo-metadata-lijsten.xsd); these are copied from there.
 */
const KERN = 'https://identifier.overheid.nl/tooi/def/thes/kern/';

export interface TooiWaarde {
  resource: string;
  label: string;
}

const kern = (code: string, label: string): TooiWaarde => ({ resource: `${KERN}${code}`, label });

/** Woo art. 3.3, tweede lid, onder c: what a council's memos are published as. */
export const VERGADERSTUKKEN_DECENTRALE_OVERHEDEN = kern(
  'c_db4862c3',
  'vergaderstukken decentrale overheden',
);

export const DOCUMENTSOORT = {
  brief: kern('c_7652d853', 'brief'),
  vergaderstuk: kern('c_7f9dffa7', 'vergaderstuk'),
} as const;

export const RELATIE = {
  isReactieOp: kern('c_07748060', 'is reactie op'),
  heeftBijlage: kern('c_05f4a5f3', 'heeft bijlage'),
} as const;

export const HANDELING_VASTSTELLING = kern('c_641ecd76', 'vaststelling');

export const NEDERLANDS: TooiWaarde = {
  resource: 'http://publications.europa.eu/resource/authority/language/NLD',
  label: 'Nederlands',
};

/** A municipality's TOOI URI from its CBS code ("0363" is gm0363, Amsterdam). */
export function tooiGemeente(gemeentecode: string): string {
  return `https://identifier.overheid.nl/tooi/id/gemeente/gm${gemeentecode}`;
}
