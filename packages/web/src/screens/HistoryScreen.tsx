import { memo, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { stateName } from '@council/engine';
import { vetoesOverTimeSvg } from '@council/analysis';
import { MEMBERSHIP } from '../data/membership.ts';
import {
  loadLaunches,
  loadResolutions,
  loadVetoes,
  type MissileRow,
  type ResolutionRow,
  type VetoRow,
} from '../data/record.ts';
import { useI18n } from '../i18n/index.tsx';
import { href, replaceQuery, type Route } from '../router.ts';
import { indexRows, searchRows, type Indexed } from '../state/search.ts';
import { longDate } from '../state/new-york-date.ts';

type Tab = 'resolutions' | 'vetoes' | 'launches' | 'meetings';

interface MeetingRow {
  meeting: string;
  date: string | null;
  topic: string;
  outcome: string;
  closed: boolean;
}
const PAGE = 100;

interface Loaded {
  resolutions: Indexed<ResolutionRow>[];
  vetoes: Indexed<VetoRow>[];
  launches: Indexed<MissileRow>[];
  rawVetoes: VetoRow[];
}

const tallyText = (t: [number, number, number] | null) => (t ? `${t[0]}–${t[1]}–${t[2]}` : '');

/** The record: resolutions, vetoes and DPRK launches, searchable, with charts and links to replay. */
export default function HistoryScreen({ route }: { route: Route }) {
  const { t, lang } = useI18n();
  const [tab, setTab] = useState<Tab>((route.query.get('tab') as Tab | null) ?? 'resolutions');
  const [query, setQuery] = useState(route.query.get('q') ?? '');
  const [shown, setShown] = useState(PAGE);
  const [data, setData] = useState<Loaded>();
  const [error, setError] = useState<string>();
  const [fromYear, setFromYear] = useState(route.query.get('from') ?? '');
  const [toYear, setToYear] = useState(route.query.get('to') ?? '');
  const deferred = useDeferredValue(query);
  const meetings = useServerMeetings(tab === 'meetings', deferred, fromYear, toYear);

  useEffect(() => {
    Promise.all([loadResolutions(), loadVetoes(), loadLaunches()]).then(
      ([resolutions, vetoes, launches]) =>
        setData({
          resolutions: indexRows(
            resolutions,
            (r) => `${r.symbol} ${r.number} ${r.date} ${r.topic}`,
          ),
          vetoes: indexRows(
            vetoes,
            (v) =>
              `${v.draft} ${v.date} ${v.topic} ${v.vetoedBy.map((c) => `${c} ${stateName(MEMBERSHIP, c, v.date)}`).join(' ')}`,
          ),
          launches: indexRows(
            launches,
            (l) => `${l.date} ${l.missile} ${l.type} ${l.facility} ${l.outcome}`,
          ),
          rawVetoes: vetoes,
        }),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);

  useEffect(() => {
    replaceQuery({
      tab,
      q: query || undefined,
      from: fromYear || undefined,
      to: toYear || undefined,
    });
    setShown(PAGE);
  }, [tab, query, fromYear, toYear]);

  const results = useMemo(() => {
    if (tab === 'meetings') return meetings.rows;
    if (!data) return [];
    const inYears = (date: string | null) => {
      const y = Number((date ?? '').slice(0, 4));
      return (!fromYear || y >= Number(fromYear)) && (!toYear || y <= Number(toYear));
    };
    const rows =
      tab === 'resolutions'
        ? searchRows(data.resolutions, deferred)
        : tab === 'vetoes'
          ? searchRows(data.vetoes, deferred)
          : searchRows(data.launches, deferred);
    return fromYear || toYear ? (rows as { date: string }[]).filter((r) => inYears(r.date)) : rows;
  }, [data, tab, deferred, fromYear, toYear, meetings.rows]);

  const chart = useMemo(
    () =>
      data
        ? vetoesOverTimeSvg({
            title: t('history.byMember'),
            subtitle: `${data.rawVetoes.length} ${t('history.vetoes').toLowerCase()}`,
            vetoes: data.rawVetoes.filter((v) => v.vetoedBy.length > 0),
          })
        : '',
    [data, t],
  );
  const perYear = useMemo(
    () =>
      data
        ? resolutionsPerYear(
            data.resolutions.map((r) => r.row),
            data.rawVetoes,
          )
        : undefined,
    [data],
  );

  const tabs: { id: Tab; label: string }[] = [
    { id: 'resolutions', label: t('history.resolutions') },
    { id: 'vetoes', label: t('history.vetoes') },
    { id: 'launches', label: t('history.launches') },
    { id: 'meetings', label: t('history.meetings') },
  ];

  return (
    <div className="history-screen">
      <h1>{t('history.title')}</h1>
      {error && <p className="error">{t('history.unavailable', { message: error })}</p>}
      <div
        role="tablist"
        aria-label={t('history.kind')}
        className="tabs"
        onKeyDown={(e) => {
          // The ARIA tabs pattern: arrow keys move between tabs, Home and End jump to the ends.
          const i = tabs.findIndex((x) => x.id === tab);
          const next =
            e.key === 'ArrowRight'
              ? (i + 1) % tabs.length
              : e.key === 'ArrowLeft'
                ? (i - 1 + tabs.length) % tabs.length
                : e.key === 'Home'
                  ? 0
                  : e.key === 'End'
                    ? tabs.length - 1
                    : -1;
          if (next < 0) return;
          e.preventDefault();
          setTab(tabs[next]!.id);
          document.getElementById(`tab-${tabs[next]!.id}`)?.focus();
        }}
      >
        {tabs.map((x) => (
          <button
            key={x.id}
            type="button"
            role="tab"
            aria-selected={tab === x.id}
            tabIndex={tab === x.id ? 0 : -1}
            aria-controls="history-panel"
            id={`tab-${x.id}`}
            onClick={() => setTab(x.id)}
          >
            {x.label}
          </button>
        ))}
      </div>
      <div id="history-panel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        <label className="search">
          {t('history.search')}{' '}
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-describedby="search-help"
            data-testid="history-search"
          />
        </label>
        <span id="search-help" className="help">
          {t('history.searchHelp')}
        </span>
        <div className="row">
          <label>
            {t('history.from')}{' '}
            <input
              type="number"
              min={1946}
              max={2100}
              value={fromYear}
              onChange={(e) => setFromYear(e.target.value)}
              className="year"
            />
          </label>
          <label>
            {t('history.to')}{' '}
            <input
              type="number"
              min={1946}
              max={2100}
              value={toYear}
              onChange={(e) => setToYear(e.target.value)}
              className="year"
            />
          </label>
        </div>
        {tab === 'meetings' && (
          <p className="help">
            {meetings.error
              ? t('history.unavailable', { message: meetings.error })
              : t('history.meetingsFromServer')}
          </p>
        )}
        <p aria-live="polite" data-testid="history-count">
          {data ? t('history.results', { count: results.length }) : t('app.loading')}
        </p>
        <table className="record-table" data-testid="history-table" data-query={deferred}>
          <tbody>
            {tab === 'resolutions' &&
              (results as ResolutionRow[]).slice(0, shown).map((r) => (
                <tr key={r.number}>
                  <th scope="row">{r.symbol}</th>
                  <td>{longDate(r.date, lang)}</td>
                  <td>{r.topic}</td>
                  <td>
                    {r.voting === 'unanimous'
                      ? t('history.unanimous')
                      : r.voting === 'without_vote'
                        ? t('history.withoutVote')
                        : tallyText(r.tally)}
                  </td>
                  <td>
                    <a href={href(['chamber'], { date: r.date })}>{t('history.open')}</a> ·{' '}
                    <a href={href(['drafts'], { res: String(r.number) })}>PDF</a>
                  </td>
                </tr>
              ))}
            {tab === 'vetoes' &&
              (results as VetoRow[]).slice(0, shown).map((v, i) => (
                <tr key={`${v.draft}-${i}`}>
                  <th scope="row">{v.draft}</th>
                  <td>{longDate(v.date, lang)}</td>
                  <td>{v.topic}</td>
                  <td>
                    {tallyText(v.tally)}{' '}
                    {v.vetoedBy.map((c) => stateName(MEMBERSHIP, c, v.date)).join(', ')}
                  </td>
                  <td>
                    {v.date >= MEMBERSHIP.coverage.from && (
                      <a href={href(['chamber'], { date: v.date, no: v.vetoedBy.join(',') })}>
                        {t('history.open')}
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            {tab === 'meetings' &&
              (results as MeetingRow[]).slice(0, shown).map((m, i) => (
                <tr key={`${m.meeting}-${i}`}>
                  <th scope="row">{m.meeting}</th>
                  <td>{m.date ? longDate(m.date, lang) : ''}</td>
                  <td>{m.topic}</td>
                  <td>{m.outcome}</td>
                  <td>
                    {m.date && m.date >= MEMBERSHIP.coverage.from && (
                      <a href={href(['chamber'], { date: m.date })}>{t('history.open')}</a>
                    )}
                  </td>
                </tr>
              ))}
            {tab === 'launches' &&
              (results as MissileRow[]).slice(0, shown).map((l, i) => (
                <tr key={`${l.date}-${i}`}>
                  <th scope="row">{l.date}</th>
                  <td>{l.missile}</td>
                  <td>{l.type}</td>
                  <td>{l.facility}</td>
                  <td>{l.outcome}</td>
                </tr>
              ))}
          </tbody>
        </table>
        {results.length > shown && (
          <button type="button" onClick={() => setShown((s) => s + PAGE * 5)}>
            + {Math.min(PAGE * 5, results.length - shown)}
          </button>
        )}
      </div>
      {perYear && (
        <section aria-labelledby="per-year-h">
          <h2 id="per-year-h">{t('history.perYear')}</h2>
          <PerYearChart data={perYear} />
        </section>
      )}
      {chart && (
        <section aria-labelledby="by-member-h">
          <h2 id="by-member-h">{t('history.byMember')}</h2>
          {/* The analysis package renders the plot as SVG text from our own data (escaped inside). */}
          <div
            className="svg-chart"
            role="img"
            aria-label={t('history.byMember')}
            dangerouslySetInnerHTML={{ __html: chart }}
          />
        </section>
      )}
    </div>
  );
}

/** Meetings come from the server's record API (too large to bundle); the query is sent after a pause in typing. */
function useServerMeetings(
  active: boolean,
  query: string,
  fromYear: string,
  toYear: string,
): { rows: MeetingRow[]; error?: string } {
  const [state, setState] = useState<{ rows: MeetingRow[]; error?: string }>({ rows: [] });
  useEffect(() => {
    if (!active) return;
    const params = new URLSearchParams();
    if (query.trim()) params.set('topic', query.trim());
    if (/^\d{4}$/.test(fromYear)) params.set('from', `${fromYear}-01-01`);
    if (/^\d{4}$/.test(toYear)) params.set('to', `${toYear}-12-31`);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`./api/record/meetings?${params}`, { signal: controller.signal })
        .then(async (res) => {
          const body = (await res.json()) as { meetings?: MeetingRow[]; message?: string };
          if (!res.ok || !body.meetings) throw new Error(body.message ?? `HTTP ${res.status}`);
          setState({ rows: body.meetings });
        })
        .catch((e: unknown) => {
          if (!controller.signal.aborted)
            setState({ rows: [], error: e instanceof Error ? e.message : String(e) });
        });
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [active, query, fromYear, toYear]);
  return state;
}

function resolutionsPerYear(resolutions: ResolutionRow[], vetoes: VetoRow[]) {
  const years = new Map<number, { resolutions: number; vetoes: number }>();
  const bump = (year: number, key: 'resolutions' | 'vetoes') => {
    const row = years.get(year) ?? { resolutions: 0, vetoes: 0 };
    row[key] += 1;
    years.set(year, row);
  };
  for (const r of resolutions) bump(Number(r.date.slice(0, 4)), 'resolutions');
  for (const v of vetoes) bump(Number(v.date.slice(0, 4)), 'vetoes');
  return [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, c]) => ({ year, ...c }));
}

/** Resolutions (bars) and vetoes (dots) per year; a table underneath carries the same figures for screen readers. */
const PerYearChart = memo(function PerYearChart({
  data,
}: {
  data: { year: number; resolutions: number; vetoes: number }[];
}) {
  const { t } = useI18n();
  const max = Math.max(...data.map((d) => d.resolutions), 1);
  const w = 8;
  const h = 160;
  return (
    <figure className="per-year">
      <svg
        viewBox={`0 0 ${data.length * w + 40} ${h + 30}`}
        role="img"
        aria-label={t('history.perYear')}
        className="chart"
      >
        {data.map((d, i) => (
          <g key={d.year}>
            <rect
              x={30 + i * w}
              y={h - (d.resolutions / max) * h}
              width={w - 2}
              height={(d.resolutions / max) * h}
              fill="#005a9c"
            >
              <title>{`${d.year}: ${d.resolutions} resolutions, ${d.vetoes} vetoes`}</title>
            </rect>
            {d.vetoes > 0 && (
              <text
                x={30 + i * w + (w - 2) / 2}
                y={h - (d.vetoes / max) * h}
                fontSize="7"
                textAnchor="middle"
                fill="#a4161a"
              >
                ✗
              </text>
            )}
            {d.year % 10 === 0 && (
              <text x={30 + i * w} y={h + 14} fontSize="9">
                {d.year}
              </text>
            )}
          </g>
        ))}
        <text x="0" y="10" fontSize="9">
          {max}
        </text>
      </svg>
      <figcaption className="help">
        ▮ {t('history.resolutions')} · ✗ {t('history.vetoes')}
      </figcaption>
      <details>
        <summary>{t('history.perYear')} (table)</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('history.year')}</th>
              <th scope="col">{t('history.resolutions')}</th>
              <th scope="col">{t('history.vetoes')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.year}>
                <td>{d.year}</td>
                <td>{d.resolutions}</td>
                <td>{d.vetoes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
});
