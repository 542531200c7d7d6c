/**
 * A column name reduced to what identifies it: "Datum aangenomen", "datum  aangenomen:" and "Dátum-aangenomen" are
 * the same column. Accents go (people type "financiele" as often as "financiële"), and so does a remark in
 * parentheses ("Portefeuillehouder (wethouder)").
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** The letter Excel shows above a column: A for the first, AA for the 27th. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
