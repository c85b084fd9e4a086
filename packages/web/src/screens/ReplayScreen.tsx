import { useEffect, useMemo, useState } from 'react';
import {
  parseScenarioLines,
  runScenario,
  type ScenarioSpec,
  type TimelineEntry,
} from '@council/engine';
import { MEMBERSHIP } from '../data/membership.ts';
import { useI18n } from '../i18n/index.tsx';
import { replaceQuery, type Route } from '../router.ts';
import { describeRule } from '../format/tally.ts';
import { longDate } from '../state/new-york-date.ts';
import { LiveChamber, LiveTally } from './live/SessionParts.tsx';
import spec from '../../../../data/scenarios/2022-dprk/scenario.json';
import expected from '../../../../data/scenarios/2022-dprk/expected.json';
import linesText from '../../../../data/scenarios/2022-dprk/events.jsonl?raw';

const KIND_GLYPH: Record<TimelineEntry['kind'], string> = {
  event: '•',
  decision: '⚖',
  fact: 'ℹ',
  conflict: '⚠',
  rejection: '✗',
  presidency: '★',
  composition: '◍',
};

type ExpectedDraft = { status: string; tally?: string; vetoedBy?: string[] };

/**
 * The 2022 DPRK episode, one step at a time. Everything shown comes from the engine's `runScenario`
 * over the bundled scenario: the timeline's wording, each decision's outcome and the rule behind it.
 */
export default function ReplayScreen({ route }: { route: Route }) {
  const { t, lang } = useI18n();
  const parsed = useMemo(() => parseScenarioLines(linesText), []);
  const run = useMemo(
    () => (parsed.ok ? runScenario(spec as ScenarioSpec, parsed.lines, MEMBERSHIP) : undefined),
    [parsed],
  );
  const timeline = run?.timeline ?? [];
  const initial = Math.min(
    Math.max(0, Number(route.query.get('step') ?? 0) || 0),
    Math.max(0, timeline.length - 1),
  );
  const [step, setStep] = useState(initial);
  useEffect(() => replaceQuery({ step: String(step) }), [step]);

  // The session as it stood after this step's scenario line (the engine replays the prefix).
  const entry = timeline[step];
  const stateAtStep = useMemo(() => {
    if (!parsed.ok || !entry) return undefined;
    const upTo = Math.max(1, (entry.line ?? 0) + 1);
    return runScenario(spec as ScenarioSpec, parsed.lines.slice(0, upTo), MEMBERSHIP).state;
  }, [parsed, entry]);

  if (!parsed.ok || !run) {
    return (
      <div>
        <h1>{t('replay.title')}</h1>
        <p className="error">{t('replay.missing')}</p>
      </div>
    );
  }

  const go = (n: number) => setStep(Math.min(Math.max(0, n), timeline.length - 1));
  const expectedDrafts = (expected as { drafts: Record<string, ExpectedDraft> }).drafts;

  return (
    <div
      className="replay-screen"
      onKeyDown={(e) => {
        if ((e.target as HTMLElement).closest('input, select, textarea')) return;
        if (e.key === 'ArrowRight') go(step + 1);
        if (e.key === 'ArrowLeft') go(step - 1);
      }}
    >
      <h1>{t('replay.title')}</h1>
      <p>{t('replay.intro')}</p>
      <nav className="stepper" aria-label={t('replay.title')}>
        <button type="button" onClick={() => go(0)} disabled={step === 0}>
          « {t('replay.first')}
        </button>
        <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
          ◀ {t('replay.prev')}
        </button>
        <span className="step-count" aria-live="polite" data-testid="step-count">
          {t('replay.step', { n: step + 1, total: timeline.length })}
        </span>
        <button
          type="button"
          className="primary"
          onClick={() => go(step + 1)}
          disabled={step === timeline.length - 1}
          data-testid="next-step"
        >
          {t('replay.next')} ▶
        </button>
        <button
          type="button"
          onClick={() => go(timeline.length - 1)}
          disabled={step === timeline.length - 1}
        >
          {t('replay.last')} »
        </button>
        <input
          type="range"
          min={0}
          max={timeline.length - 1}
          value={step}
          onChange={(e) => go(Number(e.target.value))}
          aria-label={t('replay.step', { n: step + 1, total: timeline.length })}
        />
      </nav>
      {entry && (
        <div className="replay-layout">
          <article
            className={`replay-step kind-${entry.kind}`}
            aria-live="polite"
            data-testid="replay-step"
            data-kind={entry.kind}
            data-outcome={entry.outcome ?? ''}
          >
            <p className="step-date">
              <span aria-hidden="true" className="kind-glyph">
                {KIND_GLYPH[entry.kind]}
              </span>{' '}
              <time dateTime={entry.at}>{longDate(entry.at.slice(0, 10), lang)}</time> ·{' '}
              <span className="kind">{entry.kind}</span>
            </p>
            <p className="step-text" lang="en">
              {entry.text}
            </p>
            {entry.outcome && (
              <p>
                <strong>{t('replay.outcome')}:</strong>{' '}
                <span data-testid="step-outcome">{entry.outcome}</span>
              </p>
            )}
            {entry.ruleId && (
              <p className="rule">
                <strong>{t('replay.rule')}:</strong> {describeRule(entry.ruleId, t)}
              </p>
            )}
            {entry.source && (
              <p className="help">
                {t('replay.source')}:{' '}
                {/^https?:\/\//.test(entry.source) ? (
                  <a href={entry.source}>{entry.source}</a>
                ) : (
                  entry.source
                )}
              </p>
            )}
          </article>
          {stateAtStep && (
            <div>
              <LiveChamber state={stateAtStep} />
              <LiveTally state={stateAtStep} />
            </div>
          )}
        </div>
      )}
      <section aria-labelledby="timeline-h">
        <h2 id="timeline-h">{t('replay.timeline')}</h2>
        <ol className="timeline">
          {timeline.map((e, i) => (
            <li key={i} className={`kind-${e.kind}${i === step ? ' current' : ''}`}>
              <button
                type="button"
                className="linklike"
                aria-current={i === step ? 'step' : undefined}
                onClick={() => go(i)}
              >
                <span aria-hidden="true">{KIND_GLYPH[e.kind]}</span> {e.at.slice(0, 10)} —{' '}
                {e.text.length > 110 ? `${e.text.slice(0, 110)}…` : e.text}
              </button>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="conflicts-h">
        <h2 id="conflicts-h">{t('replay.conflicts')}</h2>
        {run.conflicts.map((c) => (
          <details key={c.id} className="conflict" data-testid="conflict">
            <summary>
              <span aria-hidden="true">⚠ </span>
              {c.topic}
            </summary>
            <ul>
              {c.claims.map((claim, i) => (
                <li key={i}>
                  <strong>{claim.by}:</strong> {claim.claim}{' '}
                  <span className="help">({claim.source})</span>
                </li>
              ))}
            </ul>
            <p>{c.finding}</p>
          </details>
        ))}
      </section>
      <section aria-labelledby="expected-h">
        <h2 id="expected-h">{t('replay.expected')}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('live.draft')}</th>
              <th scope="col">{t('replay.expected')}</th>
              <th scope="col">{t('replay.engine')}</th>
              <th scope="col">✓/✗</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(expectedDrafts).map(([id, want]) => {
              const got = run.summary.drafts[id];
              const same =
                !!got && got.status === want.status && (got.tally ?? '') === (want.tally ?? '');
              return (
                <tr key={id}>
                  <td>{got?.symbol ?? id}</td>
                  <td>
                    {want.status} {want.tally ?? ''}
                  </td>
                  <td>
                    {got?.status ?? '—'} {got?.tally ?? ''}
                  </td>
                  <td>{same ? `✓ ${t('replay.matches')}` : `✗ ${t('replay.differs')}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
