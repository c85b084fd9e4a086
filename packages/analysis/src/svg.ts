/**
 * Plots as SVG text: pure functions (data in, markup out) so the CLI can write files and the web app can inline
 * the same markup. No fonts or scripts are embedded; text uses the generic sans-serif family.
 */

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

const fmt = (x: number): string => (Math.round(x * 100) / 100).toString();

/** One bar of `powerBarsSvg`. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Text printed after the bar (defaults to the value with four decimals). */
  readonly text?: string;
}

/** Horizontal bars, one per player, in the given order. */
export function powerBarsSvg(options: {
  title: string;
  subtitle?: string;
  bars: readonly Bar[];
}): string {
  const { bars } = options;
  const rowH = 18;
  const left = 120;
  const width = 720;
  const plotW = width - left - 110;
  const top = options.subtitle ? 58 : 42;
  const height = top + bars.length * rowH + 20;
  const max = Math.max(...bars.map((b) => b.value), 0) || 1;
  const rows = bars.map((b, i) => {
    const y = top + i * rowH;
    const w = (Math.max(0, b.value) / max) * plotW;
    const text = b.text ?? b.value.toFixed(4);
    return [
      `<text x="${left - 8}" y="${fmt(y + 13)}" text-anchor="end">${escapeXml(b.label)}</text>`,
      `<rect x="${left}" y="${fmt(y + 2)}" width="${fmt(w)}" height="${rowH - 5}" fill="#2b6cb0"><title>${escapeXml(`${b.label}: ${text}`)}</title></rect>`,
      `<text x="${fmt(left + w + 6)}" y="${fmt(y + 13)}" fill="#333">${escapeXml(text)}</text>`,
    ].join('');
  });
  return svgDocument(width, height, [
    `<text x="16" y="24" font-size="16" font-weight="bold">${escapeXml(options.title)}</text>`,
    options.subtitle ? `<text x="16" y="44" fill="#555">${escapeXml(options.subtitle)}</text>` : '',
    ...rows,
  ]);
}

/** A point of `scatterSvg`. */
export interface ScatterPoint {
  readonly label: string;
  readonly x: number;
  readonly y: number;
}

/** A scatter plot (e.g. the agreement map); highlighted labels are drawn in colour and named. */
export function scatterSvg(options: {
  title: string;
  subtitle?: string;
  points: readonly ScatterPoint[];
  highlight?: Readonly<Record<string, string>>;
  xLabel?: string;
  yLabel?: string;
}): string {
  const width = 760;
  const height = 620;
  const pad = { left: 60, right: 30, top: options.subtitle ? 64 : 48, bottom: 50 };
  const xs = options.points.map((p) => p.x);
  const ys = options.points.map((p) => p.y);
  const [x0, x1] = extent(xs);
  const [y0, y1] = extent(ys);
  const sx = (x: number): number =>
    pad.left + ((x - x0) / (x1 - x0 || 1)) * (width - pad.left - pad.right);
  const sy = (y: number): number =>
    height - pad.bottom - ((y - y0) / (y1 - y0 || 1)) * (height - pad.top - pad.bottom);
  const highlight = options.highlight ?? {};
  const plain = options.points.filter((p) => !(p.label in highlight));
  const marked = options.points.filter((p) => p.label in highlight);
  const parts = [
    `<text x="16" y="24" font-size="16" font-weight="bold">${escapeXml(options.title)}</text>`,
    options.subtitle ? `<text x="16" y="44" fill="#555">${escapeXml(options.subtitle)}</text>` : '',
    `<rect x="${pad.left}" y="${pad.top}" width="${width - pad.left - pad.right}" height="${height - pad.top - pad.bottom}" fill="none" stroke="#ccc"/>`,
    ...plain.map(
      (p) =>
        `<circle cx="${fmt(sx(p.x))}" cy="${fmt(sy(p.y))}" r="3" fill="#a0aec0"><title>${escapeXml(p.label)}</title></circle>`,
    ),
    ...marked.map((p) => {
      const colour = highlight[p.label] ?? '#c53030';
      return (
        `<circle cx="${fmt(sx(p.x))}" cy="${fmt(sy(p.y))}" r="5" fill="${escapeXml(colour)}"><title>${escapeXml(p.label)}</title></circle>` +
        `<text x="${fmt(sx(p.x) + 7)}" y="${fmt(sy(p.y) + 4)}" fill="${escapeXml(colour)}" font-weight="bold">${escapeXml(p.label)}</text>`
      );
    }),
    options.xLabel
      ? `<text x="${width / 2}" y="${height - 14}" text-anchor="middle" fill="#555">${escapeXml(options.xLabel)}</text>`
      : '',
    options.yLabel
      ? `<text x="18" y="${height / 2}" text-anchor="middle" fill="#555" transform="rotate(-90 18 ${height / 2})">${escapeXml(options.yLabel)}</text>`
      : '',
  ];
  return svgDocument(width, height, parts);
}

function extent(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 1];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const margin = (hi - lo) * 0.05 || 0.5;
  return [lo - margin, hi + margin];
}

/** One veto cast: its date and the permanent members that cast it. */
export interface VetoEvent {
  readonly date: string;
  readonly vetoedBy: readonly string[];
}

const MEMBER_COLOURS: Readonly<Record<string, string>> = {
  CHN: '#d69e2e',
  FRA: '#3182ce',
  GBR: '#805ad5',
  RUS: '#c53030',
  SUN: '#9b2c2c',
  USA: '#2f855a',
};

/** Vetoes per year, stacked by permanent member (a draft vetoed by two members counts once for each). */
export function vetoesOverTimeSvg(options: {
  title: string;
  subtitle?: string;
  vetoes: readonly VetoEvent[];
}): string {
  const years = options.vetoes.map((v) => Number(v.date.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const members = [...new Set(options.vetoes.flatMap((v) => v.vetoedBy))].sort();
  const counts = new Map<number, Map<string, number>>();
  for (const v of options.vetoes) {
    const y = Number(v.date.slice(0, 4));
    const row = counts.get(y) ?? new Map<string, number>();
    for (const m of v.vetoedBy) row.set(m, (row.get(m) ?? 0) + 1);
    counts.set(y, row);
  }
  const maxTotal = Math.max(
    1,
    ...[...counts.values()].map((row) => [...row.values()].reduce((a, b) => a + b, 0)),
  );
  const width = 900;
  const height = 420;
  const pad = { left: 50, right: 20, top: options.subtitle ? 64 : 48, bottom: 60 };
  const span = last - first + 1;
  const barW = (width - pad.left - pad.right) / Math.max(1, span);
  const sy = (n: number): number => ((height - pad.top - pad.bottom) * n) / maxTotal;
  const parts: string[] = [
    `<text x="16" y="24" font-size="16" font-weight="bold">${escapeXml(options.title)}</text>`,
    options.subtitle ? `<text x="16" y="44" fill="#555">${escapeXml(options.subtitle)}</text>` : '',
  ];
  for (let y = first; y <= last; y++) {
    const row = counts.get(y);
    let stacked = 0;
    const x = pad.left + (y - first) * barW;
    for (const m of members) {
      const n = row?.get(m) ?? 0;
      if (!n) continue;
      const h = sy(n);
      const top = height - pad.bottom - sy(stacked) - h;
      parts.push(
        `<rect x="${fmt(x + 0.5)}" y="${fmt(top)}" width="${fmt(Math.max(1, barW - 1))}" height="${fmt(h)}" fill="${MEMBER_COLOURS[m] ?? '#718096'}"><title>${y} ${escapeXml(m)}: ${n}</title></rect>`,
      );
      stacked += n;
    }
    if ((y - first) % (span <= 20 ? 2 : 10) === 0 || y === last) {
      parts.push(
        `<text x="${fmt(x + barW / 2)}" y="${height - pad.bottom + 16}" text-anchor="middle">${y}</text>`,
      );
    }
  }
  parts.push(
    `<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="#333"/>`,
    `<text x="${pad.left - 6}" y="${pad.top + 4}" text-anchor="end">${maxTotal}</text>`,
    `<text x="${pad.left - 6}" y="${height - pad.bottom}" text-anchor="end">0</text>`,
  );
  members.forEach((m, i) => {
    const x = pad.left + i * 90;
    parts.push(
      `<rect x="${x}" y="${height - 26}" width="12" height="12" fill="${MEMBER_COLOURS[m] ?? '#718096'}"/>`,
      `<text x="${x + 16}" y="${height - 16}">${escapeXml(m)}</text>`,
    );
  });
  return svgDocument(width, height, parts);
}

function svgDocument(width: number, height: number, parts: readonly string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...parts.filter(Boolean),
    '</svg>',
    '',
  ].join('\n');
}
