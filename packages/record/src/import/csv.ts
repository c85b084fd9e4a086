/**
 * A small RFC 4180 CSV reader: quoted fields may contain commas, doubled quotes and line breaks.
 * Each record carries the 1-based line on which it starts, so that errors can name it.
 */
export interface CsvRecord {
  /** 1-based line number (in the file) where the record starts; the header is line 1. */
  line: number;
  /** Field values by header name. */
  values: Record<string, string>;
}

export class CsvError extends Error {
  override readonly name = 'CsvError';
}

/** Splits CSV text into rows of fields, remembering the start line of each row. */
function rows(text: string, file: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const n = text.length;
  let fieldStarted = false;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      if (ch === '\n') line += 1;
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i += 1;
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
      fieldStarted = false;
      i += 1;
      continue;
    }
    if (ch === '\r' && text[i + 1] === '\n') {
      i += 1;
      continue;
    }
    if (ch === '\n') {
      fields.push(field);
      out.push({ line: rowLine, fields });
      fields = [];
      field = '';
      fieldStarted = false;
      line += 1;
      rowLine = line;
      i += 1;
      continue;
    }
    field += ch;
    fieldStarted = true;
    i += 1;
  }
  if (quoted) throw new CsvError(`${file}:${rowLine}: unterminated quoted field (file truncated?)`);
  if (fieldStarted || fields.length > 0) {
    fields.push(field);
    out.push({ line: rowLine, fields });
  }
  return out;
}

/**
 * Parses CSV text with a header row. Every row must have as many fields as the header;
 * a short or long row fails with the file, the line and the reason.
 */
export function parseCsv(
  text: string,
  file: string,
  required: readonly string[] = [],
): CsvRecord[] {
  const all = rows(text, file);
  const header = all[0];
  if (!header) throw new CsvError(`${file}:1: empty file, expected a header row`);
  const names = header.fields.map((h) => h.trim());
  for (const r of required) {
    if (!names.includes(r)) throw new CsvError(`${file}:1: header lacks the column '${r}'`);
  }
  const records: CsvRecord[] = [];
  for (const row of all.slice(1)) {
    if (row.fields.length === 1 && row.fields[0] === '') continue;
    if (row.fields.length !== names.length) {
      throw new CsvError(
        `${file}:${row.line}: expected ${names.length} fields, found ${row.fields.length} (truncated or malformed row)`,
      );
    }
    const values: Record<string, string> = {};
    names.forEach((name, k) => {
      values[name] = row.fields[k] ?? '';
    });
    records.push({ line: row.line, values });
  }
  return records;
}
