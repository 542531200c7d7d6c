import type { ExportDescription } from '../../core/model/export.js';
import type { Memo } from '../../core/model/memo.js';
import { ValidationError } from '../../core/errors.js';
import { Openbaarheid } from '../../core/model/openbaarheid.js';
import { IsoDate, Text } from '../../core/model/text.js';

/** A memo's own field when it is filled in text, else undefined: a type declares it, or does not. */
function text(memo: Memo, naam: string): string | undefined {
  const parsed = Text.safeParse(memo[naam]);
  return parsed.success ? parsed.data : undefined;
}

function date(value: unknown): string | undefined {
  const parsed = IsoDate.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * The date of the council meeting, where the memo's type has one: a raadsvoorstel's `datumRaadsvergadering`, or the
 * `vergaderdatum` of a besluitpagina (an informatienota's `raadsbesluit`) once it is known.
 */
function vergaderdatum(memo: Memo): string | undefined {
  const direct = date(memo.datumRaadsvergadering);
  if (direct !== undefined) return direct;
  for (const value of Object.values(memo)) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const found = date((value as Record<string, unknown>).vergaderdatum);
    if (found !== undefined) return found;
  }
  return undefined;
}

function openbaarheid(memo: Memo): Openbaarheid {
  const parsed = Openbaarheid.safeParse(memo.openbaarheid);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    [
      {
        path: 'openbaarheid',
        message: 'Openbaarheid ontbreekt; een nota wordt pas geëxporteerd als zij zegt of zij openbaar is',
      },
    ],
    'nota',
  );
}

/**
 * The one description of a memo that every export maps from (ExportDescription), from a memo already checked against
 * its type: the organisatie is the huisstijl's `gemeente`, the type's name its manifest's title. A memo that does not
 * say whether it is public is refused rather than taken for public: an export must never publish it by mistake.
 */
export function describeMemo(memo: Memo, organisatie: string, typeNaam: string): ExportDescription {
  const datum = vergaderdatum(memo);
  const agendapunt = text(memo, 'agendapunt');
  const afdeling = text(memo, 'afdeling') ?? text(memo, 'team');
  return {
    type: memo.type,
    typeNaam,
    kenmerk: memo.kenmerk,
    onderwerp: memo.onderwerp,
    datum: memo.datum,
    versienummer: memo.versienummer,
    organisatie,
    ...(afdeling !== undefined && { afdeling }),
    portefeuillehouder: memo.portefeuillehouder,
    ...(datum !== undefined && {
      vergadering: {
        naam: agendapunt === undefined ? 'Raadsvergadering' : `Raadsvergadering, agendapunt ${agendapunt}`,
        datum,
      },
    }),
    openbaarheid: openbaarheid(memo),
    beantwoordt: [
      ...memo.moties.map((m) => ({
        soort: 'motie' as const,
        nummer: m.nummer,
        omschrijving: m.titel,
        datum: m.datumAangenomen,
        vergadering: m.vergadering,
      })),
      ...memo.toezeggingen.map((t) => ({
        soort: 'toezegging' as const,
        nummer: t.nummer,
        omschrijving: t.omschrijving,
        datum: t.gedaanOp,
        vergadering: t.vergadering,
      })),
    ],
    bijlagen: memo.bijlagen.map((b) => ({
      titel: b.titel,
      ...(b.bestand !== undefined && { bestand: b.bestand }),
    })),
  };
}
