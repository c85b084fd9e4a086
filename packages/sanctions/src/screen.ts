/**
 * Name screening against the list: ranked candidate entries with a score in [0, 1] and the reason
 * (which name or alias matched, and how each word matched: exactly, as a transliteration variant,
 * by spelling, as an initial, or joined with its neighbour). Words are aligned regardless of order;
 * list words the query leaves out (a missing middle name) cost a quarter of a query word.
 * Candidates come from an index of words, skeletons and three-letter prefixes, so only names that
 * share something with the query are scored.
 */
import type { ConsolidatedList, SanctionsEntry } from './model.ts';
import { allEntries } from './model.ts';
import { tokenize, type NameToken } from './names.ts';
import { jaroWinkler } from './similarity.ts';
import {
  aliasesOf,
  birthDatesOf,
  birthYears,
  clean,
  primaryName,
  referenceOf,
  regimeOf,
} from './views.ts';

/** Default score from which a candidate is reported (chosen on the evaluation set, see evaluate.ts). */
export const DEFAULT_THRESHOLD = 0.8;

const MISSING_WORD_COST = 0.25;
/** Matches through a "Low" quality alias count for less (the list itself calls them weak). */
const LOW_ALIAS_FACTOR = 0.9;
const DOB_MISMATCH_FACTOR = 0.85;

export interface ScreenOptions {
  /** Year of birth of the person screened; entries with known, different years score lower. */
  dobYear?: number;
  threshold?: number;
  limit?: number;
  /** Ignore indexed names with exactly this text (used to query an alias against the rest of the list). */
  ignoreName?: string;
}

export interface WordMatch {
  query: string;
  listed: string;
  how: 'exact' | 'transliteration' | 'spelling' | 'initial' | 'joined';
  score: number;
}

export interface ScreenHit {
  referenceNumber: string;
  regime: string;
  kind: 'individual' | 'entity';
  name: string;
  score: number;
  matchedName: string;
  matchedAs: 'primary name' | 'alias' | 'original-script name';
  aliasQuality: string | null;
  words: WordMatch[];
  unmatchedQueryWords: string[];
  dob: 'match' | 'mismatch' | 'unknown' | 'not-given';
  reason: string;
}

interface IndexedName {
  entry: number;
  text: string;
  as: ScreenHit['matchedAs'];
  quality: string | null;
  tokens: NameToken[];
  units: Unit[];
}

interface Unit {
  text: string;
  skel: string;
  vowels: string;
  /** Indexes of the tokens the unit covers (one, or two joined neighbours). */
  covers: number[];
}

function units(tokens: readonly NameToken[]): Unit[] {
  const out: Unit[] = tokens.map((t, i) => ({
    text: t.text,
    skel: t.skel,
    vowels: t.vowels,
    covers: [i],
  }));
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    // Joined skeletons are built word by word so that "chang"+"ha" does not turn into the digraph "gh".
    const skel = (a.skel + b.skel.replace(/^_/, '')).replace(/(.)\1+/g, '$1');
    out.push({
      text: a.text + b.text,
      skel,
      vowels: (a.vowels + b.vowels).replace(/(.)\1+/g, '$1'),
      covers: [i, i + 1],
    });
  }
  return out;
}

function wordSimilarity(q: Unit, c: Unit): { score: number; how: WordMatch['how'] } {
  const joined = q.covers.length > 1 || c.covers.length > 1;
  if (q.text === c.text) return { score: 1, how: joined ? 'joined' : 'exact' };
  if (joined) {
    // Joined neighbours ("Song Hun" / "Songhun") must agree exactly or as a transliteration.
    return q.skel === c.skel && q.skel.length >= 3 && q.vowels === c.vowels
      ? { score: 0.9, how: 'joined' }
      : { score: 0, how: 'joined' };
  }
  if (q.text.length === 1 || c.text.length === 1) {
    const [short, long] = q.text.length === 1 ? [q.text, c.text] : [c.text, q.text];
    return long.startsWith(short) ? { score: 0.8, how: 'initial' } : { score: 0, how: 'initial' };
  }
  if (q.skel === c.skel)
    return { score: q.vowels === c.vowels ? 0.95 : 0.85, how: 'transliteration' };
  if (q.text.length >= 4 && c.text.length >= 4) {
    const jw = jaroWinkler(q.text, c.text);
    if (jw >= 0.9) return { score: jw * 0.95, how: 'spelling' };
    if (q.skel.length >= 3 && c.skel.length >= 3) {
      const js = jaroWinkler(q.skel, c.skel);
      if (js >= 0.9 && jw >= 0.8) return { score: 0.8 * js, how: 'transliteration' };
    }
  }
  return { score: 0, how: 'spelling' };
}

/** Aligns query words with listed words (any order) and scores the pair of names. */
export function compareNames(
  query: readonly NameToken[],
  listed: readonly NameToken[],
  qUnits: readonly Unit[] = units(query),
  cUnits: readonly Unit[] = units(listed),
  cache?: Map<string, { score: number; how: WordMatch['how'] }>,
): { score: number; words: WordMatch[]; unmatched: string[] } {
  const pairs: { q: Unit; c: Unit; score: number; how: WordMatch['how']; gain: number }[] = [];
  for (let qi = 0; qi < qUnits.length; qi++) {
    const q = qUnits[qi]!;
    for (const c of cUnits) {
      if (q.covers.length > 1 && c.covers.length > 1) continue;
      const key = cache ? `${qi}:${c.covers.length}${c.text}` : '';
      let sim = cache?.get(key);
      if (!sim) {
        sim = wordSimilarity(q, c);
        cache?.set(key, sim);
      }
      const { score, how } = sim;
      if (score <= 0) continue;
      const gain = score * q.covers.reduce((n, i) => n + query[i]!.weight, 0);
      pairs.push({ q, c, score, how, gain });
    }
  }
  pairs.sort(
    (a, b) =>
      b.gain - a.gain ||
      a.q.covers.length + a.c.covers.length - (b.q.covers.length + b.c.covers.length),
  );
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const words: WordMatch[] = [];
  let matched = 0;
  for (const p of pairs) {
    if (p.q.covers.some((i) => usedQ.has(i)) || p.c.covers.some((i) => usedC.has(i))) continue;
    p.q.covers.forEach((i) => usedQ.add(i));
    p.c.covers.forEach((i) => usedC.add(i));
    matched += p.gain;
    words.push({
      query: p.q.text,
      listed: p.c.text,
      how: p.how,
      score: Math.round(p.score * 1000) / 1000,
    });
  }
  const queryWeight = query.reduce((n, t) => n + t.weight, 0);
  const missing = listed.reduce((n, t, i) => (usedC.has(i) ? n : n + t.weight), 0);
  const score = queryWeight === 0 ? 0 : matched / (queryWeight + MISSING_WORD_COST * missing);
  const unmatched = query.filter((_, i) => !usedQ.has(i)).map((t) => t.text);
  return { score, words, unmatched };
}

function keysOf(t: NameToken): string[] {
  const keys = [`T${t.text}`];
  keys.push(`S${t.skel}`);
  if (t.text.length >= 3) keys.push(`P${t.text.slice(0, 3)}`);
  return keys;
}

/** A screening index over one list. */
export class Screener {
  private readonly entries: SanctionsEntry[];
  private readonly names: IndexedName[] = [];
  private readonly index = new Map<string, number[]>();
  /** Scratch space for one query: score bounds and a visit stamp per indexed name. */
  private bound = new Float64Array(0);
  private stamp = new Uint32Array(0);
  private round = 0;

  constructor(list: ConsolidatedList) {
    this.entries = allEntries(list);
    this.entries.forEach((e, entry) => {
      const kind = e.kind;
      const add = (text: string, as: IndexedName['as'], quality: string | null): void => {
        const tokens = tokenize(text, kind);
        if (tokens.length === 0) return;
        const id = this.names.length;
        this.names.push({ entry, text, as, quality, tokens, units: units(tokens) });
        for (const t of tokens) {
          for (const k of keysOf(t)) {
            const bucket = this.index.get(k);
            if (!bucket) this.index.set(k, [id]);
            else if (bucket[bucket.length - 1] !== id) bucket.push(id);
          }
        }
      };
      add(primaryName(e), 'primary name', null);
      for (const a of aliasesOf(e)) add(a.name, 'alias', a.quality || null);
      if (clean(e.nameOriginalScript))
        add(clean(e.nameOriginalScript), 'original-script name', null);
    });
  }

  private ensureScratch(): void {
    if (this.bound.length !== this.names.length) {
      this.bound = new Float64Array(this.names.length);
      this.stamp = new Uint32Array(this.names.length);
    }
  }

  /** Number of names (primary, aliases, original script) indexed. */
  get size(): number {
    return this.names.length;
  }

  /** Ranked candidates for a name. */
  screen(query: string, options: ScreenOptions = {}): ScreenHit[] {
    const threshold = options.threshold ?? DEFAULT_THRESHOLD;
    const limit = options.limit ?? 10;
    const tokens = tokenize(query, 'any');
    const significant = tokens.filter((t) => t.weight >= 0.6);
    if (significant.length === 0) return [];
    this.ensureScratch();
    // Upper bound of each name's score from the query words that hit it in the index; names that
    // cannot reach the threshold are never compared. Initials match without an index hit, so they
    // always count towards the bound.
    const queryWeight = tokens.reduce((n, t) => n + t.weight, 0);
    const free = tokens.reduce(
      (n, t) => n + (t.weight < 0.6 || t.text.length === 1 ? t.weight : 0),
      0,
    );
    const bound = this.bound;
    const stamp = this.stamp;
    const touched: number[] = [];
    for (const t of significant) {
      if (t.text.length === 1) continue;
      this.round += 1;
      for (const k of keysOf(t)) {
        const bucket = this.index.get(k);
        if (!bucket) continue;
        for (const id of bucket) {
          if (stamp[id] === this.round) continue;
          stamp[id] = this.round;
          if (bound[id] === 0) touched.push(id);
          bound[id] = bound[id]! + t.weight;
        }
      }
    }
    const floor =
      threshold * (options.dobYear !== undefined ? DOB_MISMATCH_FACTOR : 1) * queryWeight - free;
    const qUnits = units(tokens);
    const cache = new Map<string, { score: number; how: WordMatch['how'] }>();
    const best = new Map<number, ScreenHit>();
    const reachable: number[] = [];
    for (const id of touched) {
      if (bound[id]! >= floor - 1e-9) reachable.push(id);
      bound[id] = 0;
    }
    for (const id of reachable) {
      const name = this.names[id]!;
      if (options.ignoreName !== undefined && name.text === options.ignoreName) continue;
      const cmp = compareNames(tokens, name.tokens, qUnits, name.units, cache);
      // A one-word query ("Kim") is only a hit on an identical one-word name.
      if (
        significant.length === 1 &&
        !(cmp.words[0]?.how === 'exact' && name.tokens.filter((t) => t.weight >= 0.6).length === 1)
      ) {
        continue;
      }
      let score =
        cmp.score * (name.quality !== null && /^low$/i.test(name.quality) ? LOW_ALIAS_FACTOR : 1);
      if (score < threshold * DOB_MISMATCH_FACTOR) continue;
      const e = this.entries[name.entry]!;
      let dob: ScreenHit['dob'] = 'not-given';
      if (options.dobYear !== undefined) {
        const years = birthDatesOf(e).map(birthYears);
        if (years.length === 0) dob = 'unknown';
        else if (years.some(([lo, hi]) => options.dobYear! >= lo && options.dobYear! <= hi))
          dob = 'match';
        else {
          dob = 'mismatch';
          score *= DOB_MISMATCH_FACTOR;
        }
      }
      if (score < threshold) continue;
      const prior = best.get(name.entry);
      if (prior && prior.score >= score) continue;
      best.set(name.entry, {
        referenceNumber: referenceOf(e),
        regime: regimeOf(e),
        kind: e.kind,
        name: primaryName(e),
        score: Math.round(score * 1000) / 1000,
        matchedName: name.text,
        matchedAs: name.as,
        aliasQuality: name.quality,
        words: cmp.words,
        unmatchedQueryWords: cmp.unmatched,
        dob,
        reason: '',
      });
    }
    const ranked = [...best.values()].sort(
      (a, b) => b.score - a.score || a.referenceNumber.localeCompare(b.referenceNumber),
    );
    return ranked.slice(0, limit).map((h) => ({ ...h, reason: explain(h) }));
  }
}

function explain(h: ScreenHit): string {
  const quality = h.aliasQuality ? ` (${h.aliasQuality})` : '';
  const words = h.words
    .map((w) => (w.how === 'exact' ? w.listed : `${w.query}→${w.listed} ${w.how}`))
    .join(', ');
  const extra = [
    h.unmatchedQueryWords.length ? `unmatched: ${h.unmatchedQueryWords.join(' ')}` : '',
    h.dob === 'mismatch'
      ? 'year of birth differs'
      : h.dob === 'match'
        ? 'year of birth matches'
        : '',
  ].filter(Boolean);
  return `${h.matchedAs}${quality} "${h.matchedName}": ${words}${extra.length ? `; ${extra.join('; ')}` : ''}`;
}
