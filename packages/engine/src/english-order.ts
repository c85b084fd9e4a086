/**
 * English alphabetical order of State names, as the Council uses it for the presidency (rule 18)
 * and for lists of members. Accents are ignored ("Côte d'Ivoire" sorts as "Cote d'Ivoire"),
 * case is ignored, and punctuation other than letters, digits and spaces is dropped.
 */

/** The key under which a State's English name sorts. */
export function englishSortKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Compares two State names in English alphabetical order. */
export function compareEnglish(a: string, b: string): number {
  const ka = englishSortKey(a);
  const kb = englishSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
