/**
 * Importer for the Security Council tables of the Dag Hammarskjöld Library (meetings, resolutions,
 * presidential statements) and the veto list. Reads the CSVs derived from the DHL pages (see
 * ../shared/data/*\/SOURCE.md) and keeps only facts: dates, symbols, tallies, agenda titles.
 */
import { parseCsv } from './csv.ts';
import type { MeetingRow, ResolutionRow, StatementRow, Tally, VetoRow, Voting } from '../types.ts';

export const MEETINGS_FILE = 'sc-meetings-dhl/meetings_1946-2022-06.csv';
export const OUTCOMES_FILE = 'sc-meetings-dhl/outcomes_res_prst_1946-2022-06.csv';
export const VETOES_FILE = 'sc-veto-list/vetoes_dhl_1946-2022-05-26.csv';
export const WPDL_FILE = 'sc-veto-list/wpdl_unsc_vetoes_1946_sept2022.csv';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class ImportError extends Error {
  override readonly name = 'ImportError';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Repairs UTF-8 text that was read as Latin-1 on the way ("Peopleâ\u0080\u0099s" → "People’s"). */
export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4][\u0080-\u00bf]/.test(text)) return text;
  const fixed = Buffer.from(text, 'latin1').toString('utf8');
  return fixed.includes('\ufffd') ? text : fixed;
}

/** Normalises whitespace (the pages carry non-breaking spaces and stray line breaks). */
export function clean(text: string): string {
  return repairMojibake(text)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Agenda titles: whitespace normalised, empty line separators (" | | ") collapsed. */
export function cleanTopic(text: string): string {
  return clean(text)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/(\s*\|\s*)+/g, ' | ')
    .replace(/^ \| | \| $/g, '');
}

/**
 * The first day of a date the page gives as a range ("14-15 October", "22/23 November", "29 + 30 March",
 * "15 Sep.") in the given year; null when it cannot be read.
 */
export function firstDayOf(raw: string, year: string): string | null {
  const m = /^(\d{1,2})\D.*?([A-Za-z]{3})[A-Za-z]*\.?$/.exec(clean(raw));
  if (!m) return null;
  const month = MONTHS[(m[2] ?? '').toLowerCase()];
  if (!month) return null;
  return `${year}-${pad(month)}-${pad(Number(m[1]))}`;
}

/** "13-2-0" → [13, 2, 0]. */
export function parseTally(text: string): Tally | null {
  const m = /^\s*(\d{1,2})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})\s*$/.exec(text);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** Reads the meeting-record cell: number, resumption, closed. */
export function parseMeetingRecord(
  cell: string,
): { number: number; key: string; closed: boolean } | null {
  const text = clean(cell);
  const m = /S\/PV\.(\d+)/.exec(text);
  if (!m) return null;
  const number = Number(m[1]);
  const r = /Resumption\s*(\d+|I{1,3})?/i.exec(text);
  let key = `S/PV.${number}`;
  if (r) {
    const n = r[1] === undefined ? '1' : /^I+$/i.test(r[1]) ? String(r[1].length) : r[1];
    key += ` (Resumption ${n})`;
  }
  return { number, key, closed: /closed|privada/i.test(text) };
}

export interface ScImport {
  meetings: MeetingRow[];
  resolutions: ResolutionRow[];
  statements: StatementRow[];
  vetoes: VetoRow[];
}

function requireDate(value: string, file: string, line: number): string {
  if (!ISO_DATE.test(value))
    throw new ImportError(`${file}:${line}: date '${value}' is not YYYY-MM-DD`);
  return value;
}

export function importMeetings(text: string): MeetingRow[] {
  const file = MEETINGS_FILE;
  const records = parseCsv(text, file, [
    'year',
    'date',
    'date_raw',
    'meeting_record',
    'topic',
    'outcome',
    'vtc',
  ]);
  const out: MeetingRow[] = [];
  for (const { line, values: v } of records) {
    let date: string | null = v['date'] ?? '';
    const fix: string[] = [];
    if (date === '') {
      date = firstDayOf(v['date_raw'] ?? '', v['year'] ?? '');
      if (date) fix.push('date-range-first-day');
    } else requireDate(date, file, line);
    const rec = parseMeetingRecord(v['meeting_record'] ?? '');
    const vtc = v['vtc'] === 'true';
    const row: MeetingRow = {
      meeting: rec ? rec.key : `${vtc ? 'VTC' : 'No meeting record'} ${date ?? '?'} (line ${line})`,
      number: rec ? rec.number : null,
      date,
      topic: cleanTopic(v['topic'] ?? ''),
      closed: rec ? rec.closed : false,
      vtc,
      outcome: clean((v['outcome'] ?? '').replace(/<\/?td>?/g, ''))
        .replace(/(\s*\|\s*)+/g, ' | ')
        .replace(/^-- ?\|? ?$/, '')
        .trim()
        .replace(/^\|\s*|\s*\|$/g, ''),
      src: `${file}#${line}`,
    };
    if (row.outcome === '--') row.outcome = '';
    if (fix.length > 0) row.fix = fix;
    out.push(row);
  }
  return out;
}

export function importOutcomes(
  text: string,
  meetings: readonly MeetingRow[] = [],
): { resolutions: ResolutionRow[]; statements: StatementRow[] } {
  const meetingDates = new Map<string, string>();
  for (const m of meetings)
    if (m.date && !meetingDates.has(m.meeting)) meetingDates.set(m.meeting, m.date);
  const file = OUTCOMES_FILE;
  const records = parseCsv(text, file, [
    'date',
    'meeting_record',
    'topic',
    'kind',
    'symbol',
    'resolution_number',
    'tally_raw',
  ]);
  const resolutions: ResolutionRow[] = [];
  const statements: StatementRow[] = [];
  for (const { line, values: v } of records) {
    const rec = parseMeetingRecord(v['meeting_record'] ?? '');
    const meeting = rec ? rec.key : clean(v['meeting_record'] ?? '') || '--';
    const rawDate = v['date'] ?? '';
    // A few rows have no date (the page gave a range): take the meeting's date as read from its row.
    const fromMeeting = rawDate === '' ? meetingDates.get(meeting) : undefined;
    const date = fromMeeting ?? requireDate(rawDate, file, line);
    const topic = cleanTopic(v['topic'] ?? '');
    const symbol = clean(v['symbol'] ?? '');
    const src = `${file}#${line}`;
    if (v['kind'] === 'resolution') {
      const number = Number(v['resolution_number']);
      if (!Number.isInteger(number) || number <= 0) {
        throw new ImportError(
          `${file}:${line}: resolution number '${v['resolution_number'] ?? ''}' is not a positive integer`,
        );
      }
      const raw = clean(v['tally_raw'] ?? '').toLowerCase();
      const tally = parseTally(raw);
      let voting: Voting = 'not_stated';
      if (tally) voting = 'recorded';
      else if (raw === 'adopted unanimously') voting = 'unanimous';
      else if (raw === 'without vote') voting = 'without_vote';
      else if (raw !== '') throw new ImportError(`${file}:${line}: unreadable tally '${raw}'`);
      resolutions.push({
        number,
        symbol: `S/RES/${number} (${date.slice(0, 4)})`,
        date,
        meeting,
        topic,
        tally,
        voting,
        src,
        ...(fromMeeting ? { fix: ['date-from-meeting-row'] } : {}),
      });
    } else if (v['kind'] === 'presidential_statement') {
      statements.push({
        symbol,
        date,
        meeting,
        topic,
        src,
        ...(fromMeeting ? { fix: ['date-from-meeting-row'] } : {}),
      });
    } else {
      throw new ImportError(`${file}:${line}: unknown kind '${v['kind'] ?? ''}'`);
    }
  }
  return { resolutions, statements };
}

const VETO_CODES: Record<string, string> = {
  USSR: 'SUN',
  RUS: 'RUS',
  USA: 'USA',
  GBR: 'GBR',
  FRA: 'FRA',
  CHN: 'CHN',
};

/**
 * Finds the tally printed after a draft's symbol in a meeting's outcome cell, if any. When the symbol occurs
 * several times (early drafts cite the meeting record), an occurrence followed by "vetoed" is preferred.
 */
export function tallyAfter(outcome: string, draft: string): Tally | null {
  const candidates: { vetoed: boolean; tally: Tally }[] = [];
  for (let at = outcome.indexOf(draft); at >= 0; at = outcome.indexOf(draft, at + draft.length)) {
    const rest = outcome.slice(at + draft.length);
    // Stop at the next document symbol: a tally after it belongs to another text.
    const stop = rest.search(/S\/(?:RES\/|PRST\/|PV\.|\d)/);
    const scope = stop >= 0 ? rest.slice(0, stop) : rest;
    const m = /(\d{1,2})-(\d{1,2})-(\d{1,2})/.exec(scope);
    if (m)
      candidates.push({
        vetoed: /vetoed/i.test(scope),
        tally: [Number(m[1]), Number(m[2]), Number(m[3])],
      });
  }
  return (candidates.find((c) => c.vetoed) ?? candidates[0])?.tally ?? null;
}

export function importVetoes(text: string, meetings: MeetingRow[]): VetoRow[] {
  const file = VETOES_FILE;
  const records = parseCsv(text, file, [
    'date',
    'draft',
    'meeting_record',
    'agenda_item',
    'vetoed_by',
  ]);
  const byNumber = new Map<number, MeetingRow[]>();
  for (const m of meetings) {
    if (m.number === null) continue;
    const list = byNumber.get(m.number) ?? [];
    list.push(m);
    byNumber.set(m.number, list);
  }
  const out: VetoRow[] = [];
  for (const { line, values: v } of records) {
    const date = requireDate(v['date'] ?? '', file, line);
    const codes = (v['vetoed_by'] ?? '')
      .split(';')
      .map((c) => c.trim())
      .filter((c) => c !== '');
    if (codes.length === 0) throw new ImportError(`${file}:${line}: no vetoing member`);
    const vetoedBy = codes.map((c) => {
      const code = VETO_CODES[c];
      if (!code) throw new ImportError(`${file}:${line}: unknown vetoing member '${c}'`);
      return code;
    });
    const draft = clean(v['draft'] ?? '');
    const meeting = clean(v['meeting_record'] ?? '');
    let tally: Tally | null = null;
    for (const num of meeting.match(/S\/PV\.(\d+)/g) ?? []) {
      for (const m of byNumber.get(Number(num.slice(5))) ?? []) {
        tally ??= tallyAfter(m.outcome, draft);
      }
    }
    out.push({
      date,
      draft,
      meeting,
      topic: clean(v['agenda_item'] ?? ''),
      vetoedBy: vetoedBy.sort(),
      tally,
      src: `${file}#${line}`,
    });
  }
  return out;
}

/**
 * Vetoes the DHL list does not have yet but the WPDL list (same page, scraped later) does:
 * the entries dated after the DHL list's newest one. Uses member_veto1..3, not the dummy columns.
 */
export function importLaterWpdlVetoes(text: string, after: string): VetoRow[] {
  const file = WPDL_FILE;
  const records = parseCsv(text, file, [
    'date',
    'draft',
    'meeting_record',
    'agenda_item',
    'member_veto1',
  ]);
  const names: Record<string, string> = {
    USSR: 'SUN',
    Russia: 'RUS',
    USA: 'USA',
    UK: 'GBR',
    France: 'FRA',
    China: 'CHN',
  };
  const out: VetoRow[] = [];
  for (const { line, values: v } of records) {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(clean(v['date'] ?? ''));
    if (!m) throw new ImportError(`${file}:${line}: date '${v['date'] ?? ''}' is not M/D/YYYY`);
    const date = `${m[3]}-${pad(Number(m[1]))}-${pad(Number(m[2]))}`;
    if (date <= after) continue;
    const vetoedBy = ['member_veto1', 'member_veto2', 'member_veto3']
      .map((k) => clean(v[k] ?? ''))
      .filter((x) => x !== '')
      .map((x) => {
        const code = names[x];
        if (!code) throw new ImportError(`${file}:${line}: unknown vetoing member '${x}'`);
        return code;
      });
    out.push({
      date,
      draft: clean(v['draft'] ?? ''),
      meeting: clean(v['meeting_record'] ?? ''),
      topic: clean(v['agenda_item'] ?? ''),
      vetoedBy: vetoedBy.sort(),
      tally: null,
      src: `${file}#${line}`,
    });
  }
  return out;
}

/**
 * Resolutions that the derived outcomes table lost (HTML typos such as "S/RES/1969 (2011 )") but whose
 * symbol and tally are still readable in a meeting's outcome cell. Each is marked 'from-meeting-outcome'.
 */
export function resolutionsFromMeetings(
  meetings: readonly MeetingRow[],
  known: ReadonlySet<number>,
): ResolutionRow[] {
  const out: ResolutionRow[] = [];
  const seen = new Set<number>();
  const re = /S\/RES\/(\d+)\s*\(\s*(\d{4})\s*\)\s*\|\s*(\d{1,2})-(\d{1,2})-(\d{1,2})/g;
  for (const m of meetings) {
    if (!m.date) continue;
    for (const hit of m.outcome.matchAll(re)) {
      const number = Number(hit[1]);
      if (known.has(number) || seen.has(number) || hit[2] !== m.date.slice(0, 4)) continue;
      seen.add(number);
      out.push({
        number,
        symbol: `S/RES/${number} (${hit[2] ?? ''})`,
        date: m.date,
        meeting: m.meeting,
        topic: m.topic,
        tally: [Number(hit[3]), Number(hit[4]), Number(hit[5])],
        voting: 'recorded',
        src: m.src,
        fix: ['from-meeting-outcome'],
      });
    }
  }
  return out;
}
