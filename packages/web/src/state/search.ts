/**
 * Searching the record in the browser: each row gets a lower-case, accent-free haystack once, so a
 * typed query filters thousands of rows without re-normalising them on every keystroke.
 */

/** Lower case without accents: "Côte d'Ivoire" → "cote d'ivoire". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export interface Indexed<T> {
  row: T;
  haystack: string;
}

export function indexRows<T>(rows: readonly T[], text: (row: T) => string): Indexed<T>[] {
  return rows.map((row) => ({ row, haystack: fold(text(row)) }));
}

/** Rows whose haystack holds every word of the query (in any order). An empty query keeps all rows. */
export function searchRows<T>(rows: readonly Indexed<T>[], query: string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows.map((r) => r.row);
  const out: T[] = [];
  for (const r of rows) if (words.every((w) => r.haystack.includes(w))) out.push(r.row);
  return out;
}
