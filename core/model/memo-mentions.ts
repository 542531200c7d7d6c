import type { MemoTypeFields } from './memo.js';

/**
 * What a memo gives that its text may mention: the people it names and the titles of what it answers and encloses.
 * The B1 check reads these as names and quoted titles, never as long words or the writer's own sentence. Declared
 * here, browser-safe, so that `raadsnota check` and the editor's live check judge a memo alike; both a whole memo
 * and a concept still being written (whose fields may be missing or half-typed) fit this shape.
 */
export interface MemoMentionSource {
  readonly portefeuillehouder?: string | undefined;
  readonly moties?: readonly { readonly titel: string }[] | undefined;
  readonly toezeggingen?: readonly { readonly gedaanDoor?: string | undefined }[] | undefined;
  readonly bijlagen?: readonly { readonly titel: string }[] | undefined;
  readonly ondertekening?: readonly { readonly naam: string }[] | undefined;
  readonly [veld: string]: unknown;
}

/** The names of the informanten a type's field holds; a concept's half-typed entry without a name gives none. */
function informantNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    const naam = typeof entry === 'object' && entry !== null ? (entry as { naam?: unknown }).naam : undefined;
    return typeof naam === 'string' ? [naam] : [];
  });
}

/** The people a memo names, whose names are never long words: portefeuillehouder, informanten, signatories. */
export function namesIn(memo: MemoMentionSource, manifest: Pick<MemoTypeFields, 'velden'>): string[] {
  // The informanten are a field of the type (its manifest's `velden`), under whatever name the type gives them.
  const informanten = manifest.velden
    .filter((veld) => veld.soort === 'informanten')
    .flatMap((veld) => informantNames(memo[veld.naam]));
  return [
    ...(memo.portefeuillehouder === undefined ? [] : [memo.portefeuillehouder]),
    ...informanten,
    ...(memo.toezeggingen ?? []).flatMap((t) => (t.gedaanDoor === undefined ? [] : [t.gedaanDoor])),
    ...(memo.ondertekening ?? []).map((o) => o.naam),
  ];
}

/** Titles the memo's text may mention without quotes: its moties and bijlagen. */
export function titlesIn(memo: MemoMentionSource): string[] {
  return [...(memo.moties ?? []).map((m) => m.titel), ...(memo.bijlagen ?? []).map((b) => b.titel)];
}
