import { useMemo, useState } from 'react';
import { councilOn, isIsoDate, type Choice, type Council } from '@council/engine';
import {
  agreementMap,
  analyzeDraft,
  BUILT_IN_GAMES,
  builtInGame,
  formatFraction,
  fractionToNumber,
  powerBarsSvg,
  powerIndices,
  scatterSvg,
  unscGame,
  type PowerReport,
  type RollCall,
} from '@council/analysis';
import { MEMBERSHIP } from '../data/membership.ts';
import { useI18n } from '../i18n/index.tsx';
import type { Route } from '../router.ts';
import { VoteCalculator } from '../components/VoteCalculator.tsx';
import { describeOutcome } from '../format/tally.ts';

function tryCouncil(date: string): Council | undefined {
  try {
    return councilOn(MEMBERSHIP, date);
  } catch {
    return undefined;
  }
}

/** Power indices, "what it takes" on a text and the Assembly agreement map, all from @council/analysis. */
export default function AnalysisScreen({ route }: { route: Route }) {
  const { t } = useI18n();
  const [date, setDate] = useState(route.query.get('date') ?? '2022-05-26');
  const council = useMemo(() => (isIsoDate(date) ? tryCouncil(date) : undefined), [date]);
  return (
    <div className="analysis-screen">
      <h1>{t('analysis.title')}</h1>
      <label>
        {t('chamber.date')}{' '}
        <input
          type="date"
          value={date}
          min={MEMBERSHIP.coverage.from}
          max={MEMBERSHIP.coverage.to}
          onChange={(e) => setDate(e.target.value)}
        />
      </label>
      {council && <Power council={council} />}
      {council && <WhatItTakesPanel key={council.date} council={council} query={route.query} />}
      <AgreementPanel />
    </div>
  );
}

function Power({ council }: { council: Council }) {
  const { t } = useI18n();
  const [game, setGame] = useState<string>('council');
  const report: PowerReport | string = useMemo(() => {
    try {
      const g =
        game === 'council'
          ? unscGame({
              members: council.members.map((m) => ({ code: m.code, permanent: m.permanent })),
            })
          : builtInGame(game);
      return powerIndices(g, ['shapley-shubik', 'banzhaf']);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
  }, [game, council]);
  const name = (code: string) => council.members.find((m) => m.code === code)?.name ?? code;
  return (
    <section aria-labelledby="power-h">
      <h2 id="power-h">{t('analysis.power', { date: council.date })}</h2>
      <label>
        {t('analysis.game')}{' '}
        <select value={game} onChange={(e) => setGame(e.target.value)}>
          <option value="council">{t('analysis.councilGame', { date: council.date })}</option>
          {BUILT_IN_GAMES.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </label>
      {typeof report === 'string' ? (
        <p className="error">{t('analysis.unavailable', { message: report })}</p>
      ) : (
        <>
          <div
            className="svg-chart"
            role="img"
            aria-label={`Shapley–Shubik index, ${report.game}`}
            dangerouslySetInnerHTML={{
              __html: powerBarsSvg({
                title: `Shapley–Shubik index (${report.game})`,
                subtitle: report.method,
                bars: report.players.slice(0, 60).map((p) => ({
                  label: game === 'council' ? p.id : p.id,
                  value: p.shapleyShubik ? fractionToNumber(p.shapleyShubik) : 0,
                })),
              }),
            }}
          />
          <details>
            <summary>{t('analysis.table')}</summary>
            <table data-testid="power-table">
              <thead>
                <tr>
                  <th scope="col">{t('calc.member')}</th>
                  <th scope="col">Shapley–Shubik</th>
                  <th scope="col">Banzhaf</th>
                </tr>
              </thead>
              <tbody>
                {report.players.map((p) => (
                  <tr key={p.id}>
                    <td>{game === 'council' ? name(p.id) : p.id}</td>
                    <td>{p.shapleyShubik ? fractionToNumber(p.shapleyShubik).toFixed(4) : ''}</td>
                    <td>{p.banzhaf ? fractionToNumber(p.banzhaf).toFixed(4) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}

function WhatItTakesPanel({ council, query }: { council: Council; query: URLSearchParams }) {
  const { t } = useI18n();
  // Positions from the chamber's link (`no=CHN,RUS&abstain=…`); without them, the 26 May 2022 vote.
  const [positions, setPositions] = useState<Record<string, Choice>>(() => {
    const listed = ['no', 'abstain', 'absent'].some((c) => query.has(c));
    const start: Record<string, Choice> = {};
    for (const m of council.members)
      start[m.code] = listed ? 'yes' : m.code === 'CHN' || m.code === 'RUS' ? 'no' : 'yes';
    for (const choice of ['no', 'abstain', 'absent'] as const)
      for (const code of (query.get(choice) ?? '').split(',').filter(Boolean))
        start[code.toUpperCase()] = choice;
    return start;
  });
  const name = (code: string) => council.members.find((m) => m.code === code)?.name ?? code;
  const analysis = useMemo(() => {
    try {
      const known = Object.fromEntries(
        council.members.map((m) => {
          const p = positions[m.code] ?? 'absent';
          return [m.code, p === 'not_participating' ? 'absent' : p] as const;
        }),
      );
      return analyzeDraft({
        date: council.date,
        members: council.members,
        positions: known,
        maxSets: 5,
      });
    } catch {
      return undefined;
    }
  }, [council, positions]);
  return (
    <section aria-labelledby="wit-h">
      <h2 id="wit-h">{t('analysis.whatItTakes')}</h2>
      {analysis && (
        <div className="wit" data-testid="what-it-takes">
          <p className="outcome-line">{describeOutcome(analysis.ifVotedNow, name, t)}</p>
          <ul>
            {analysis.whatItTakes.map((w) => (
              <li key={w.outcome}>
                <strong>{t(`outcome.${w.outcome}`)}</strong>: {w.size} ({w.count}) —{' '}
                {w.sets
                  .slice(0, 3)
                  .map((s) =>
                    s.members
                      .map((c) => `${name(c)} → ${t(`choice.${s.positions[c] ?? 'yes'}`)}`)
                      .join(' + '),
                  )
                  .join('; ')}
              </li>
            ))}
          </ul>
          <p className="help">
            {Object.entries(analysis.probability)
              .map(([o, p]) => `${o}: ${formatFraction(p)}`)
              .join(' · ')}
          </p>
        </div>
      )}
      <details>
        <summary>{t('calc.title')}</summary>
        <VoteCalculator
          members={council.members}
          ballots={positions}
          onChange={(code, choice) => setPositions((p) => ({ ...p, [code]: choice }))}
        />
      </details>
    </section>
  );
}

/** GA roll calls of sessions 72–74 (2017–2020), folded into the analysis package's RollCall shape. */
async function loadRollCalls(): Promise<RollCall[]> {
  const { default: text } = await import('../../../../data/record/ga/roll-calls-s72-s74.jsonl?raw');
  const out: RollCall[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as {
      rcid: number;
      date: string;
      issues?: string[];
      yes?: string;
      no?: string;
      abstain?: string;
    };
    const votes: Record<string, 'yes' | 'no' | 'abstain'> = {};
    for (const choice of ['yes', 'no', 'abstain'] as const)
      for (const code of (row[choice] ?? '').split(' ').filter(Boolean)) votes[code] = choice;
    out.push({
      rcid: row.rcid,
      date: row.date,
      ...(row.issues ? { issues: row.issues } : {}),
      votes,
    });
  }
  return out;
}

function AgreementPanel() {
  const { t } = useI18n();
  const [svg, setSvg] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  async function draw() {
    setBusy(true);
    try {
      const rollCalls = await loadRollCalls();
      const map = agreementMap(rollCalls);
      setSvg(
        scatterSvg({
          title: t('analysis.agreement'),
          subtitle: `GA sessions 72–74 · ${rollCalls.length} roll calls · ${map.method}`,
          points: map.points.map((p) => ({ label: p.state, x: p.x, y: p.y })),
          highlight: {
            CHN: '#d69e2e',
            FRA: '#3182ce',
            GBR: '#805ad5',
            RUS: '#c53030',
            USA: '#2f855a',
          },
        }),
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="agree-h">
      <h2 id="agree-h">{t('analysis.agreement')}</h2>
      {!svg && (
        <button type="button" onClick={() => void draw()} disabled={busy}>
          {busy ? t('app.loading') : t('analysis.agreement')}
        </button>
      )}
      {error && <p className="error">{t('analysis.unavailable', { message: error })}</p>}
      {svg && (
        <div
          className="svg-chart"
          role="img"
          aria-label={t('analysis.agreement')}
          dangerouslySetInnerHTML={{ __html: svg }}
        />
      )}
    </section>
  );
}
