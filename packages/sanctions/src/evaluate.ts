/**
 * Measures screening on the list itself. Positive queries are systematic variants of every listed
 * name and alias (word order reversed, a romanisation variant, diacritics added, a middle name left
 * out, the first name as an initial, Korean given names joined or hyphenated); each must bring back
 * its own entry above the threshold. A harder set queries each alias with that alias removed from the
 * index, so it must be found through the entry's other names. Negative queries are made-up names from
 * several naming traditions that are not on the list; any candidate above the threshold is a false alert.
 */
import type { ConsolidatedList } from './model.ts';
import { allEntries } from './model.ts';
import { normaliseName } from './names.ts';
import { DEFAULT_THRESHOLD, Screener } from './screen.ts';
import { aliasesOf, primaryName, referenceOf } from './views.ts';

export interface EvalQuery {
  query: string;
  /** The reference number expected, or null for a negative. */
  expected: string | null;
  variant: string;
}

/** Romanisation rewrites used to make variants (first one that changes a word applies). */
const REWRITES: [RegExp, string][] = [
  [/^ch/, 'j'],
  [/^j/, 'ch'],
  [/^k/, 'g'],
  [/^g/, 'k'],
  [/^p/, 'b'],
  [/^ri$/, 'li'],
  [/^li$/, 'ri'],
  [/ou/, 'u'],
  [/oo/, 'u'],
  [/u/, 'ou'],
  [/ee/, 'i'],
  [/q/, 'k'],
  [/ph/, 'f'],
  [/^o/, 'u'],
  [/ay/, 'ai'],
  [/y/, 'i'],
  [/mm/, 'm'],
  [/ss/, 's'],
  [/([bcdfghklmnpst])\1/, '$1'],
  [/e([^aeiou])$/, 'a$1'],
];

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ö', u: 'ü', c: 'ç', n: 'ñ' };

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean);
}

function transliterate(name: string): string | undefined {
  const ws = words(name.toLowerCase());
  const start = hash(name) % Math.max(ws.length, 1);
  for (let k = 0; k < ws.length; k++) {
    const i = (start + k) % ws.length;
    const w = ws[i]!;
    if (w.length < 2) continue;
    for (const [re, to] of REWRITES) {
      const v = w.replace(re, to);
      if (v !== w) {
        ws[i] = v;
        return ws.join(' ');
      }
    }
  }
  return undefined;
}

function accent(name: string): string | undefined {
  const chars = [...name];
  const idx = chars.findIndex((c, i) => i > 0 && ACCENTS[c.toLowerCase()] !== undefined);
  if (idx < 0) return undefined;
  const c = chars[idx]!;
  const a = ACCENTS[c.toLowerCase()]!;
  chars[idx] = c === c.toLowerCase() ? a : a.toUpperCase();
  return chars.join('');
}

/** Systematic variants of one name, labelled. */
export function variantsOf(name: string, korean: boolean): [string, string][] {
  const ws = words(name);
  const out: [string, string][] = [];
  if (ws.length >= 2) out.push(['word order', [...ws].reverse().join(' ')]);
  const t = transliterate(name);
  if (t) out.push(['romanisation', t]);
  const a = accent(name);
  if (a) out.push(['diacritics', a]);
  if (ws.length >= 3) {
    out.push(['missing middle name', [ws[0], ...ws.slice(2)].join(' ')]);
    out.push(['initial', [`${ws[0]![0]}.`, ...ws.slice(1)].join(' ')]);
  }
  if (korean && ws.length === 3) {
    out.push(['joined given name', `${ws[0]} ${ws[1]}${ws[2]!.toLowerCase()}`]);
    out.push(['hyphenated given name', `${ws[0]} ${ws[1]}-${ws[2]!.toLowerCase()}`]);
  }
  return out.filter(([, v]) => normaliseName(v) !== normaliseName(name) || v !== name);
}

const GIVEN = [
  'James',
  'Maria',
  'Olivia',
  'Lucas',
  'Sofia',
  'Pierre',
  'Camille',
  'Hans',
  'Greta',
  'Ivan',
  'Natalia',
  'Wei',
  'Li Na',
  'Hiroshi',
  'Yuki',
  'Arjun',
  'Priya',
  'Min-jun',
  'Seo-yeon',
  'Ji-ho',
  'Carlos',
  'Ana',
  'Kwame',
  'Amina',
  'Chidi',
  'Fatima',
  'Omar',
  'Layla',
  'Yusuf',
  'Karim',
  'Nadia',
  'Tariq',
  'Emily',
  'Daniel',
  'Sven',
  'Ingrid',
  'Mateo',
  'Valentina',
  'Dmitri',
  'Olga',
  'Kenji',
  'Haruka',
  'Rahul',
  'Anjali',
  'Tomás',
  'Zeynep',
  'Emre',
  'Nguyen Van',
];

const FAMILY = [
  'Smith',
  'Garcia',
  'Dubois',
  'Müller',
  'Petrov',
  'Zhang',
  'Tanaka',
  'Sharma',
  'Park',
  'Choi',
  'Yoon',
  'Han',
  'Silva',
  'Mensah',
  'Okafor',
  'Haddad',
  'Nasser',
  'Farouk',
  'Khalil',
  'Mansour',
  'Brown',
  'Johansson',
  'Rossi',
  'Novak',
  'Kowalski',
  'Sato',
  'Patel',
  'Fernández',
  'Yilmaz',
  'Tran',
  'Andersen',
  'Lefebvre',
  'Schneider',
  'Ivanova',
  'Watanabe',
  'Gupta',
  'Moreno',
  'Bakr',
  'Saleh',
  'Odhiambo',
];

/** Made-up names not on the list (deterministic). */
export function negativeQueries(list: ConsolidatedList, count: number): EvalQuery[] {
  const listed = new Set<string>();
  for (const e of allEntries(list)) {
    listed.add(normaliseName(primaryName(e)));
    for (const a of aliasesOf(e)) listed.add(normaliseName(a.name));
  }
  const out: EvalQuery[] = [];
  let seed = 12345;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const seen = new Set<string>();
  while (out.length < count && seen.size < count * 4) {
    const q = `${GIVEN[next(GIVEN.length)]} ${FAMILY[next(FAMILY.length)]}`;
    if (seen.has(q)) continue;
    seen.add(q);
    if (listed.has(normaliseName(q))) continue;
    out.push({ query: q, expected: null, variant: 'not listed' });
  }
  return out;
}

/** Positive queries: variants of every name and alias of every entry. */
export function variantQueries(list: ConsolidatedList): EvalQuery[] {
  const out: EvalQuery[] = [];
  for (const e of allEntries(list)) {
    const ref = referenceOf(e);
    const korean = ref.startsWith('KP');
    for (const name of [
      primaryName(e),
      ...aliasesOf(e)
        .filter((a) => !/^low$/i.test(a.quality))
        .map((a) => a.name),
    ]) {
      for (const [variant, query] of variantsOf(name, korean))
        out.push({ query, expected: ref, variant });
    }
  }
  return out;
}

export interface EvalResult {
  threshold: number;
  variants: {
    queries: number;
    found: number;
    top1: number;
    recall: number;
    byVariant: Record<string, { queries: number; found: number }>;
  };
  leaveOneOut: { queries: number; found: number; recall: number };
  negatives: { queries: number; alerts: number; passRate: number };
  /** Share of alerted queries whose top candidate is the right entry (negatives count as wrong). */
  precision: number;
  queriesPerSecond: number;
  misses: EvalQuery[];
  falseAlerts: { query: string; hit: string; score: number }[];
}

/** Runs the evaluation at a threshold. */
export function evaluateScreening(
  list: ConsolidatedList,
  threshold = DEFAULT_THRESHOLD,
  negatives = 600,
): EvalResult {
  const screener = new Screener(list);
  const positives = variantQueries(list);
  const negs = negativeQueries(list, negatives);
  const byVariant: Record<string, { queries: number; found: number }> = {};
  let found = 0;
  let top1 = 0;
  let alerted = 0;
  let correctAlerts = 0;
  const misses: EvalQuery[] = [];
  const started = performance.now();
  let ran = 0;
  for (const q of positives) {
    const hits = screener.screen(q.query, { threshold, limit: 10 });
    ran++;
    const v = (byVariant[q.variant] ??= { queries: 0, found: 0 });
    v.queries++;
    if (hits.length > 0) alerted++;
    if (hits[0]?.referenceNumber === q.expected) {
      top1++;
      correctAlerts++;
    }
    if (hits.some((h) => h.referenceNumber === q.expected)) {
      found++;
      v.found++;
    } else misses.push(q);
  }
  const falseAlerts: EvalResult['falseAlerts'] = [];
  for (const q of negs) {
    const hits = screener.screen(q.query, { threshold, limit: 1 });
    ran++;
    if (hits[0]) {
      alerted++;
      falseAlerts.push({
        query: q.query,
        hit: `${hits[0].referenceNumber} ${hits[0].matchedName}`,
        score: hits[0].score,
      });
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  let looFound = 0;
  let looQueries = 0;
  for (const e of allEntries(list)) {
    const ref = referenceOf(e);
    for (const a of aliasesOf(e)) {
      if (/^low$/i.test(a.quality) || normaliseName(a.name) === normaliseName(primaryName(e)))
        continue;
      looQueries++;
      const hits = screener.screen(a.name, { threshold, limit: 10, ignoreName: a.name });
      if (hits.some((h) => h.referenceNumber === ref)) looFound++;
    }
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return {
    threshold,
    variants: {
      queries: positives.length,
      found,
      top1,
      recall: round(found / positives.length),
      byVariant,
    },
    leaveOneOut: {
      queries: looQueries,
      found: looFound,
      recall: round(looFound / Math.max(looQueries, 1)),
    },
    negatives: {
      queries: negs.length,
      alerts: falseAlerts.length,
      passRate: round(1 - falseAlerts.length / negs.length),
    },
    precision: round(correctAlerts / Math.max(alerted, 1)),
    queriesPerSecond: Math.round(ran / elapsed),
    misses,
    falseAlerts,
  };
}
