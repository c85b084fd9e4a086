/**
 * Replays the record through the engine: every resolution's tally must adjudicate to "adopted" under the
 * rules in force on its date (7 of 11 votes before 1966, 9 of 15 after: Charter Article 27 and its 1963
 * amendment, in force 31 Aug 1965, applied from 1 Jan 1966), every vetoed draft with a known tally to "vetoed".
 * A mismatch is either fixed by a sourced correction (data/record/corrections.json) or explained in
 * data/record/explanations.json; `unexplained` must be empty.
 */
import { adjudicateCounts, charterSize, presidentOn, type MembershipTable } from '@council/engine';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadMembership } from './membership/load-membership.ts';
import { recordDataDir } from './paths.ts';
import type { RecordDb } from './queries.ts';

export interface Explanation {
  /** "resolution S/RES/…" or "veto S/…@YYYY-MM-DD". */
  key: string;
  reason: string;
  sources: string[];
}

/** A month's President named in a public source (data/record/presidencies.json). */
export interface SourcedPresidency {
  month: string;
  president: string;
  sources: string[];
}

export interface Mismatch {
  key: string;
  date: string;
  /** The tally checked ("13–2–0"), or '' for a presidency. */
  tally: string;
  /** 'adopted' or 'vetoed' for votes; the sourced President's code for a presidency. */
  expected: string;
  got: string;
  reason: string;
  explanation?: string;
}

export interface CheckReport {
  resolutions: {
    checked: number;
    recordedTallies: number;
    unanimous: number;
    withoutVote: number;
    tallyNotStated: number;
  };
  vetoes: { checked: number; tallyUnknown: number };
  presidencies: { checked: number; agree: number; note: string };
  mismatches: Mismatch[];
  unexplained: Mismatch[];
  /** Explanations that no longer match a mismatch (stale): reported so that the file stays honest. */
  unusedExplanations: string[];
  lines: string[];
}

export const EXPLANATIONS_FILE = 'explanations.json';
export const PRESIDENCIES_FILE = 'presidencies.json';

/** Reads the sourced monthly presidencies (empty when the file is absent). */
export function loadPresidencies(dataDir = recordDataDir()): SourcedPresidency[] {
  const path = join(dataDir, PRESIDENCIES_FILE);
  if (!existsSync(path)) return [];
  const data = JSON.parse(readFileSync(path, 'utf8')) as { presidencies?: SourcedPresidency[] };
  const list = data.presidencies ?? [];
  for (const p of list) {
    if (
      !/^\d{4}-\d{2}$/.test(p.month) ||
      !/^[A-Z]{3}$/.test(p.president) ||
      !Array.isArray(p.sources) ||
      p.sources.length === 0
    ) {
      throw new Error(
        `${PRESIDENCIES_FILE}: entry ${JSON.stringify(p.month)} needs a month YYYY-MM, a State code and at least one source`,
      );
    }
  }
  return list;
}

export function loadExplanations(dataDir = recordDataDir()): Explanation[] {
  const path = join(dataDir, EXPLANATIONS_FILE);
  if (!existsSync(path)) return [];
  const data = JSON.parse(readFileSync(path, 'utf8')) as { explanations?: Explanation[] };
  const list = data.explanations ?? [];
  for (const e of list) {
    if (
      typeof e.key !== 'string' ||
      typeof e.reason !== 'string' ||
      !Array.isArray(e.sources) ||
      e.sources.length === 0
    ) {
      throw new Error(
        `${EXPLANATIONS_FILE}: explanation ${JSON.stringify(e.key)} needs a key, a reason and at least one source`,
      );
    }
  }
  return list;
}

const dash = (y: number, n: number, a: number): string => `${y}–${n}–${a}`;

export function checkRecord(
  db: RecordDb,
  explanations: Explanation[] = loadExplanations(),
  presidencies: SourcedPresidency[] = loadPresidencies(),
  membership: MembershipTable = loadMembership() as unknown as MembershipTable,
): CheckReport {
  const mismatches: Mismatch[] = [];
  const res = { checked: 0, recordedTallies: 0, unanimous: 0, withoutVote: 0, tallyNotStated: 0 };
  for (const r of db.resolutions()) {
    const size = charterSize(r.date);
    let yes: number;
    let no: number;
    let abstain: number;
    if (r.tally) {
      ({ yes, no, abstain } = r.tally);
      res.recordedTallies += 1;
    } else if (r.voting === 'unanimous') {
      [yes, no, abstain] = [size, 0, 0];
      res.unanimous += 1;
    } else {
      if (r.voting === 'without_vote') res.withoutVote += 1;
      else res.tallyNotStated += 1;
      continue;
    }
    res.checked += 1;
    const key = `resolution ${r.symbol}`;
    const tally = dash(yes, no, abstain);
    if (yes + no + abstain > size) {
      mismatches.push({
        key,
        date: r.date,
        tally,
        expected: 'adopted',
        got: 'impossible',
        reason: `${yes + no + abstain} votes cast, but the Council had ${size} members`,
      });
      continue;
    }
    const result = adjudicateCounts({ date: r.date, yes, no, abstain });
    if (result.outcome !== 'adopted') {
      mismatches.push({
        key,
        date: r.date,
        tally,
        expected: 'adopted',
        got: result.outcome,
        reason: `${yes} votes in favour, ${result.required} required (rule ${result.ruleId})`,
      });
    }
  }
  const vet = { checked: 0, tallyUnknown: 0 };
  for (const v of db.vetoes()) {
    if (!v.tally) {
      vet.tallyUnknown += 1;
      continue;
    }
    vet.checked += 1;
    const { yes, no, abstain } = v.tally;
    const key = `veto ${v.draft}@${v.date}`;
    const size = charterSize(v.date);
    const tally = dash(yes, no, abstain);
    if (yes + no + abstain > size) {
      mismatches.push({
        key,
        date: v.date,
        tally,
        expected: 'vetoed',
        got: 'impossible',
        reason: `${yes + no + abstain} votes cast, but the Council had ${size} members`,
      });
      continue;
    }
    const permanentAgainst = no >= v.vetoedBy.length ? v.vetoedBy : [];
    const result = adjudicateCounts({ date: v.date, yes, no, abstain, permanentAgainst });
    if (result.outcome !== 'vetoed') {
      const why =
        no < v.vetoedBy.length
          ? `${no} votes against, fewer than the ${v.vetoedBy.length} vetoing member(s) ${v.vetoedBy.join(', ')}`
          : `${yes} votes in favour, ${result.required} required: the draft failed without a veto (rule ${result.ruleId})`;
      mismatches.push({
        key,
        date: v.date,
        tally,
        expected: 'vetoed',
        got: result.outcome,
        reason: why,
      });
    }
  }
  // Presidencies: the meeting tables name none, so the engine's rotation is checked against the months whose
  // President a public source names (presidencies.json).
  let agree = 0;
  for (const p of presidencies) {
    const engine = presidentOn(membership, `${p.month}-15`) ?? 'none';
    if (engine === p.president) agree += 1;
    else {
      mismatches.push({
        key: `presidency ${p.month}`,
        date: p.month,
        tally: '',
        expected: p.president,
        got: engine,
        reason: `the engine's rotation gives ${engine}, the source names ${p.president} (${p.sources[0] ?? ''})`,
      });
    }
  }
  const byKey = new Map(explanations.map((e) => [e.key, e]));
  const used = new Set<string>();
  for (const m of mismatches) {
    const e = byKey.get(m.key);
    if (e) {
      m.explanation = e.reason;
      used.add(e.key);
    }
  }
  const unexplained = mismatches.filter((m) => m.explanation === undefined);
  const unusedExplanations = explanations.filter((e) => !used.has(e.key)).map((e) => e.key);
  const pres = {
    checked: presidencies.length,
    agree,
    note: `the meeting tables (sc-meetings-dhl) name no Council presidents; ${presidencies.length} monthly Presidents named in public sources (presidencies.json) checked against the engine's rotation, ${agree} agree`,
  };
  const lines = [
    `resolutions: ${res.checked} checked against the engine (${res.recordedTallies} recorded tallies, ${res.unanimous} "adopted unanimously"); ${res.withoutVote} adopted without vote and ${res.tallyNotStated} with no tally in the source not checked`,
    `vetoed drafts: ${vet.checked} with a known tally checked; ${vet.tallyUnknown} without a tally in the source not checked`,
    `presidencies: ${pres.note}`,
    `mismatches: ${mismatches.length} (${mismatches.length - unexplained.length} explained, ${unexplained.length} unexplained)`,
    ...mismatches.map(
      (m) =>
        `  ${m.explanation === undefined ? 'UNEXPLAINED' : 'explained'}: ${m.key} (${m.date})${m.tally ? ` ${m.tally}` : ''}: expected ${m.expected}, engine says ${m.got}: ${m.reason}${m.explanation ? ` — ${m.explanation}` : ''}`,
    ),
    ...(unusedExplanations.length > 0
      ? [`stale explanations (no matching mismatch): ${unusedExplanations.join(', ')}`]
      : []),
  ];
  return {
    resolutions: res,
    vetoes: vet,
    presidencies: pres,
    mismatches,
    unexplained,
    unusedExplanations,
    lines,
  };
}
