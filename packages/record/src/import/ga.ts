/**
 * Importer for the General Assembly roll-call votes (Voeten data via the `unvotes` R package).
 * Writes one line per roll call with the State codes grouped by vote; drops the `short`/`descr` texts.
 * States get ISO 3166-1 alpha-3 codes (ISO 3166-3 for dissolved States), by date where a seat changed:
 *  - "Russia" is the USSR (SUN) until 24 Dec 1991 (letter of the Russian Federation of that date), then RUS;
 *  - "Taiwan" held the China seat until GA resolution 2758 (XXVI) of 25 Oct 1971: code CHN, as in the Council;
 *  - "Yugoslavia" is YUG to 1992, then (readmitted 1 Nov 2000, A/RES/55/12) Serbia and Montenegro SCG,
 *    then Serbia SRB from 3 June 2006.
 */
import { gunzipSync } from 'node:zlib';
import { parseCsv } from './csv.ts';
import { ISO2_TO_ISO3 } from './iso2.ts';
import { ImportError, clean } from './sc.ts';
import type { GaRollCallRow } from '../types.ts';

export const GA_VOTES_FILE = 'ga-votes-unvotes/un_votes.csv.gz';
export const GA_ROLL_CALLS_FILE = 'ga-votes-unvotes/un_roll_calls.csv.gz';
export const GA_ISSUES_FILE = 'ga-votes-unvotes/un_roll_call_issues.csv';

/** Names without an alpha-2 code in the source. XZA is a user-assigned code (ISO 3166-1 reserves X..). */
const NAME_CODES: Record<string, string> = {
  'Federal Republic of Germany': 'DEU',
  'Yemen Arab Republic': 'YEM',
  Zanzibar: 'XZA',
};

/** The State code for a source country on a date. */
export function gaStateCode(alpha2: string, name: string, date: string): string | null {
  switch (alpha2) {
    case 'RU':
      return date < '1991-12-24' ? 'SUN' : 'RUS';
    case 'TW':
      return 'CHN';
    case 'YU':
      return date < '2000-01-01' ? 'YUG' : date < '2006-06-03' ? 'SCG' : 'SRB';
    case 'CS':
      return 'CSK';
    case 'DD':
      return 'DDR';
    case 'YD':
      return 'YMD';
    case '':
      return NAME_CODES[name] ?? null;
    default:
      return ISO2_TO_ISO3[alpha2] ?? null;
  }
}

export const ISSUE_CODES: Record<string, string> = {
  'Palestinian conflict': 'me',
  'Nuclear weapons and nuclear material': 'nu',
  'Arms control and disarmament': 'di',
  'Human rights': 'hr',
  Colonialism: 'co',
  'Economic development': 'ec',
};

export interface GaImport {
  rollCalls: GaRollCallRow[];
  /** code → the source's country name(s). */
  states: Map<string, Set<string>>;
  votes: number;
}

function gunzipText(data: Buffer, file: string): string {
  try {
    return gunzipSync(data).toString('utf8');
  } catch (error) {
    throw new ImportError(
      `${file}: cannot decompress (${error instanceof Error ? error.message : String(error)}); truncated?`,
    );
  }
}

export function importGa(votesGz: Buffer, rollCallsGz: Buffer, issuesText: string): GaImport {
  const calls = parseCsv(gunzipText(rollCallsGz, GA_ROLL_CALLS_FILE), GA_ROLL_CALLS_FILE, [
    'rcid',
    'session',
    'importantvote',
    'date',
    'unres',
    'amend',
    'para',
  ]);
  const byRcid = new Map<
    number,
    GaRollCallRow & { sets: Record<'yes' | 'no' | 'abstain', string[]> }
  >();
  for (const { line, values: v } of calls) {
    const rcid = Number(v['rcid']);
    const date = v['date'] ?? '';
    if (!Number.isInteger(rcid))
      throw new ImportError(
        `${GA_ROLL_CALLS_FILE}:${line}: rcid '${v['rcid'] ?? ''}' is not an integer`,
      );
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new ImportError(`${GA_ROLL_CALLS_FILE}:${line}: date '${date}' is not YYYY-MM-DD`);
    if (byRcid.has(rcid))
      throw new ImportError(`${GA_ROLL_CALLS_FILE}:${line}: roll call ${rcid} appears twice`);
    byRcid.set(rcid, {
      rcid,
      session: Number(v['session']),
      date,
      unres: clean(v['unres'] ?? ''),
      important: v['importantvote'] === '1',
      amend: v['amend'] === '1',
      para: v['para'] === '1',
      issues: [],
      yes: '',
      no: '',
      abstain: '',
      src: `${GA_ROLL_CALLS_FILE}#${line}`,
      sets: { yes: [], no: [], abstain: [] },
    });
  }
  for (const { line, values: v } of parseCsv(issuesText, GA_ISSUES_FILE, ['rcid', 'issue'])) {
    const call = byRcid.get(Number(v['rcid']));
    if (!call)
      throw new ImportError(`${GA_ISSUES_FILE}:${line}: unknown roll call ${v['rcid'] ?? ''}`);
    const code = ISSUE_CODES[v['issue'] ?? ''];
    if (!code)
      throw new ImportError(`${GA_ISSUES_FILE}:${line}: unknown issue '${v['issue'] ?? ''}'`);
    if (!call.issues.includes(code)) call.issues.push(code);
  }
  const states = new Map<string, Set<string>>();
  let votes = 0;
  const seen = new Set<string>();
  for (const { line, values: v } of parseCsv(gunzipText(votesGz, GA_VOTES_FILE), GA_VOTES_FILE, [
    'rcid',
    'country',
    'country_code',
    'vote',
  ])) {
    const call = byRcid.get(Number(v['rcid']));
    if (!call)
      throw new ImportError(`${GA_VOTES_FILE}:${line}: unknown roll call ${v['rcid'] ?? ''}`);
    const name = v['country'] ?? '';
    const code = gaStateCode(v['country_code'] ?? '', name, call.date);
    if (!code)
      throw new ImportError(
        `${GA_VOTES_FILE}:${line}: no State code for '${name}' (${v['country_code'] ?? ''})`,
      );
    const vote = v['vote'] ?? '';
    if (vote !== 'yes' && vote !== 'no' && vote !== 'abstain')
      throw new ImportError(`${GA_VOTES_FILE}:${line}: unknown vote '${vote}'`);
    const key = `${call.rcid}:${code}`;
    if (seen.has(key))
      throw new ImportError(
        `${GA_VOTES_FILE}:${line}: ${code} votes twice in roll call ${call.rcid}`,
      );
    seen.add(key);
    call.sets[vote].push(code);
    const names = states.get(code) ?? new Set<string>();
    names.add(name);
    states.set(code, names);
    votes += 1;
  }
  const rollCalls: GaRollCallRow[] = [];
  for (const call of [...byRcid.values()].sort((a, b) => a.rcid - b.rcid)) {
    const { sets, ...row } = call;
    row.issues.sort();
    row.yes = sets.yes.sort().join(' ');
    row.no = sets.no.sort().join(' ');
    row.abstain = sets.abstain.sort().join(' ');
    rollCalls.push(row);
  }
  return { rollCalls, states, votes };
}
