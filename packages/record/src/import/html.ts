/**
 * Recovers resolutions from the DHL HTML pages that the derived CSVs lost (rows without </tr>, rowspan
 * continuation rows, typos). Only resolutions whose number is not already imported are taken; each keeps
 * the page and line it came from and is marked 'from-html'.
 */
import { ImportError, clean, cleanTopic, parseMeetingRecord, parseTally } from './sc.ts';
import type { ResolutionRow, Voting } from '../types.ts';

const MONTHS: Record<string, string> = {
  january: '01',
  february: '02',
  march: '03',
  april: '04',
  may: '05',
  june: '06',
  july: '07',
  august: '08',
  september: '09',
  october: '10',
  november: '11',
  december: '12',
};

function text(html: string): string {
  return clean(
    html
      .replace(/<br\s*\/?>/gi, ' | ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&#39;|&rsquo;/g, "'"),
  );
}

interface Cell {
  text: string;
  line: number;
  rowspan: number;
}

/** Splits a page into table rows of cells, carrying rowspan cells into the rows below. */
function rows(html: string): Cell[][] {
  const out: Cell[][] = [];
  const lineAt = (offset: number): number => html.slice(0, offset).split('\n').length;
  const parts = html.split(/<tr\b[^>]*>/i);
  let offset = parts[0]?.length ?? 0;
  let carried: { cell: Cell; left: number; index: number }[] = [];
  for (const part of parts.slice(1)) {
    const start = html.indexOf(part, offset);
    offset = start + part.length;
    const body = part.split(/<\/table>/i)[0] ?? '';
    const cells: Cell[] = [];
    const re = /<t[dh]\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/tr>|$)/gi;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      const span = /rowspan\s*=\s*"?(\d+)/i.exec(m[1] ?? '');
      cells.push({
        text: text(m[2] ?? ''),
        line: lineAt(start + m.index),
        rowspan: span ? Number(span[1]) : 1,
      });
    }
    if (cells.length === 0) continue;
    // Cells spanning from rows above fill the leading positions.
    const row: Cell[] = [];
    const live = carried.filter((c) => c.left > 0).sort((a, b) => a.index - b.index);
    for (const c of live) row.push(c.cell);
    row.push(...cells);
    carried = live.map((c) => ({ ...c, left: c.left - 1 }));
    cells.forEach((c, k) => {
      if (c.rowspan > 1) carried.push({ cell: c, left: c.rowspan - 1, index: live.length + k });
    });
    out.push(row);
  }
  return out;
}

export function resolutionsFromHtml(
  pages: readonly { file: string; year: string; html: string }[],
  known: ReadonlySet<number>,
): ResolutionRow[] {
  const found = new Map<number, ResolutionRow>();
  for (const page of pages) {
    for (const row of rows(page.html)) {
      const outcome = row[row.length - 1];
      if (!outcome || row.length < 3) continue;
      for (const hit of outcome.text.matchAll(
        /S\/RES\/(\d+)\s*\(\s*(\d{4})\s*\)?\s*(?:\|\s*)*([^|]*)/g,
      )) {
        const number = Number(hit[1]);
        if (known.has(number) || found.has(number)) continue;
        const meetingCell = row.find((c) => /S\/PV\.\d+/.test(c.text));
        const meeting = meetingCell ? parseMeetingRecord(meetingCell.text) : null;
        const dateCell = row.find((c) => /^\d{1,2}\D*\s+[A-Za-z]+/.test(c.text));
        const dm = dateCell ? /^(\d{1,2})\D*?\s+([A-Za-z]+)/.exec(dateCell.text) : null;
        const month = dm ? MONTHS[(dm[2] ?? '').toLowerCase()] : undefined;
        const where = `sc-meetings-dhl/html/${page.file}:${outcome.line}`;
        if (!meeting || !dm || !month)
          throw new ImportError(`${where}: cannot read the meeting or date of S/RES/${number}`);
        const rest = clean(hit[3] ?? '').toLowerCase();
        const tally = parseTally(/^(\d{1,2}\s*-\s*\d{1,2}\s*-\s*\d{1,2})/.exec(rest)?.[1] ?? '');
        let voting: Voting = 'not_stated';
        if (tally) voting = 'recorded';
        else if (rest.startsWith('adopted unanimously')) voting = 'unanimous';
        else if (/^without (a )?vote/.test(rest)) voting = 'without_vote';
        found.set(number, {
          number,
          symbol: `S/RES/${number} (${hit[2] ?? page.year})`,
          date: `${page.year}-${month}-${(dm[1] ?? '').padStart(2, '0')}`,
          meeting: meeting.key,
          topic: cleanTopic(row[row.length - 2]?.text ?? ''),
          tally,
          voting,
          src: `sc-meetings-dhl/html/${page.file}#${outcome.line}`,
          fix: ['from-html'],
        });
      }
    }
  }
  return [...found.values()];
}
