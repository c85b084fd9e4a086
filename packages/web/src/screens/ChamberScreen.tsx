import { useMemo, useState } from 'react';
import {
  adjudicate,
  councilOn,
  governmentOn,
  isIsoDate,
  presidencyOfYear,
  stateName,
  type Choice,
  type Council,
} from '@council/engine';
import { MEMBERSHIP } from '../data/membership.ts';
import { useI18n } from '../i18n/index.tsx';
import { href, replaceQuery, type Route } from '../router.ts';
import { Horseshoe } from '../components/Horseshoe.tsx';
import { VoteCalculator } from '../components/VoteCalculator.tsx';
import { VotesNeededBar } from '../components/VotesNeededBar.tsx';
import { CALCULATOR_CHOICES } from '../components/choice.ts';
import { describeOutcome, describeRule } from '../format/tally.ts';
import { longDate, monthName, newYorkToday } from '../state/new-york-date.ts';

const CYCLE: Record<Choice, Choice> = {
  yes: 'no',
  no: 'abstain',
  abstain: 'absent',
  absent: 'yes',
  not_participating: 'yes',
};

function defaultDate(): string {
  const today = newYorkToday();
  const { from, to } = MEMBERSHIP.coverage;
  return today < from ? from : today > to ? to : today;
}

/** Reads `yes=`, `no=`, `abstain=`, `absent=` lists from the URL; members named nowhere vote yes. */
function ballotsFromQuery(
  query: URLSearchParams,
  council: Council | undefined,
): Record<string, Choice> {
  const ballots: Record<string, Choice> = {};
  for (const m of council?.members ?? []) ballots[m.code] = 'yes';
  for (const choice of CALCULATOR_CHOICES) {
    for (const code of (query.get(choice) ?? '').split(',').filter(Boolean))
      ballots[code.toUpperCase()] = choice;
  }
  return ballots;
}

function tryCouncil(date: string): { council?: Council; error?: string } {
  try {
    return { council: councilOn(MEMBERSHIP, date) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

export function ChamberScreen({ route }: { route: Route }) {
  const { t, lang } = useI18n();
  const initialDate = route.query.get('date') ?? defaultDate();
  const [date, setDate] = useState(initialDate);
  const [dateText, setDateText] = useState(initialDate);
  const { council, error } = useMemo(() => tryCouncil(date), [date]);
  const [ballots, setBallots] = useState<Record<string, Choice>>(() =>
    ballotsFromQuery(route.query, council),
  );
  const [procedural, setProcedural] = useState(route.query.get('procedural') === '1');

  const members = council?.members ?? [];
  const effective: Record<string, Choice> = {};
  for (const m of members) effective[m.code] = ballots[m.code] ?? 'yes';
  const result = council
    ? adjudicate({ date, members, ballots: effective, procedural })
    : undefined;
  const nameOf = (code: string) => members.find((m) => m.code === code)?.name ?? code;
  // Which government held a permanent seat (the China seat: Republic of China until 25 October 1971).
  const governments = members.flatMap((m) => {
    const government = m.permanent ? governmentOn(MEMBERSHIP, m.code, date) : undefined;
    return government ? [{ code: m.code, government }] : [];
  });

  function syncUrl(nextDate: string, next: Record<string, Choice>, nextProcedural: boolean) {
    const lists: Record<string, string | undefined> = { date: nextDate };
    for (const choice of ['no', 'abstain', 'absent'] as const) {
      const codes = Object.keys(next).filter((c) => next[c] === choice);
      lists[choice] = codes.length ? codes.join(',') : undefined;
    }
    if (nextProcedural) lists['procedural'] = '1';
    replaceQuery(lists);
  }
  function setVote(code: string, choice: Choice) {
    const next = { ...effective, [code]: choice };
    setBallots(next);
    syncUrl(date, next, procedural);
  }
  function setAll(choice: Choice) {
    const next = Object.fromEntries(members.map((m) => [m.code, choice]));
    setBallots(next);
    syncUrl(date, next, procedural);
  }
  function changeDate(text: string) {
    setDateText(text);
    if (!isIsoDate(text)) return;
    setDate(text);
    syncUrl(text, effective, procedural);
  }
  function preset20220526() {
    changeDate('2022-05-26');
    const next: Record<string, Choice> = {};
    for (const m of tryCouncil('2022-05-26').council?.members ?? [])
      next[m.code] = m.code === 'CHN' || m.code === 'RUS' ? 'no' : 'yes';
    setBallots(next);
    setProcedural(false);
    syncUrl('2022-05-26', next, false);
  }

  const year = Number(date.slice(0, 4));
  const presidencies = useMemo(() => {
    try {
      return presidencyOfYear(MEMBERSHIP, year);
    } catch {
      return [];
    }
  }, [year]);

  return (
    <div className="chamber-screen">
      <h1>{t('chamber.title')}</h1>
      <div className="toolbar">
        <label>
          {t('chamber.date')}{' '}
          <input
            type="date"
            value={dateText}
            min={MEMBERSHIP.coverage.from}
            max={MEMBERSHIP.coverage.to}
            onChange={(e) => changeDate(e.target.value)}
            aria-describedby="date-help"
          />
        </label>
        <span id="date-help" className="help">
          {t('chamber.dateHelp', {
            from: longDate(MEMBERSHIP.coverage.from, lang),
            to: longDate(MEMBERSHIP.coverage.to, lang),
          })}
        </span>
      </div>
      {error && (
        <p role="alert" className="error">
          {t('chamber.badDate', { date, reason: error })}
        </p>
      )}
      {council && result && (
        <>
          <p className="chamber-summary" aria-live="polite" data-testid="chamber-summary">
            {t('chamber.summary', {
              size: council.size,
              date: longDate(date, lang),
              president: nameOf(council.president),
            })}
          </p>
          {governments.length > 0 && (
            <p className="help" data-testid="governments">
              {governments
                .map((g) =>
                  t('chamber.government', { member: nameOf(g.code), government: g.government }),
                )
                .join(' ')}
            </p>
          )}
          <div className="chamber-layout">
            <section aria-labelledby="horseshoe-title">
              <h2 id="horseshoe-title" className="visually-hidden">
                {t('chamber.title')}
              </h2>
              <Horseshoe
                seats={members.map((m) => ({ member: m, choice: effective[m.code] ?? 'yes' }))}
                president={council.president}
                onSeatActivate={(code) => setVote(code, CYCLE[effective[code] ?? 'yes'])}
              />
              <p className="legend">
                <strong>{t('chamber.legend')}:</strong> {t('chamber.legendPermanent')} ·{' '}
                {t('chamber.legendPresident')} · ✓ {t('choice.yes')} · ✗ {t('choice.no')} · –{' '}
                {t('choice.abstain')} · ○ {t('choice.absent')}
              </p>
              <div className={`outcome outcome-${result.outcome}`}>
                <h2>{t('calc.result')}</h2>
                <output
                  className="outcome-line"
                  aria-live="polite"
                  data-testid="outcome"
                  data-outcome={result.outcome}
                >
                  <span className="outcome-glyph" aria-hidden="true" />
                  {describeOutcome(result, nameOf, t)}
                </output>
                <p className="rule" data-testid="rule">
                  {describeRule(result.ruleId, t)}
                </p>
                <p>
                  <a href={analysisHref(date, effective)}>{t('calc.whatItTakes')}</a>
                </p>
                <VotesNeededBar
                  result={result}
                  size={council.size}
                  procedural={procedural}
                  nameOf={nameOf}
                />
              </div>
            </section>
            <section aria-labelledby="calc-title" className="calc-section">
              <h2 id="calc-title">{t('calc.title')}</h2>
              <p>{t('calc.intro')}</p>
              <div className="buttons">
                <button type="button" onClick={() => setAll('yes')}>
                  {t('calc.allYes')}
                </button>
                <button type="button" onClick={() => setAll('absent')}>
                  {t('calc.allAbsent')}
                </button>
                <button type="button" onClick={preset20220526}>
                  {t('calc.preset20220526')}
                </button>
              </div>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={procedural}
                  onChange={(e) => {
                    setProcedural(e.target.checked);
                    syncUrl(date, effective, e.target.checked);
                  }}
                />{' '}
                {t('calc.procedural')}
              </label>
              <VoteCalculator members={members} ballots={effective} onChange={setVote} />
            </section>
          </div>
          {presidencies.length > 0 && (
            <section aria-labelledby="presidency-title">
              <h2 id="presidency-title">{t('chamber.presidencyYear', { year })}</h2>
              <table className="presidency">
                <thead>
                  <tr>
                    <th scope="col">{t('chamber.month')}</th>
                    <th scope="col">{t('chamber.president')}</th>
                  </tr>
                </thead>
                <tbody>
                  {presidencies.map((p) => (
                    <tr
                      key={p.month}
                      aria-current={p.month === Number(date.slice(5, 7)) ? 'date' : undefined}
                    >
                      <td>{monthName(p.month, lang)}</td>
                      <td>
                        {stateName(
                          MEMBERSHIP,
                          p.president,
                          `${year}-${String(p.month).padStart(2, '0')}-15`,
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </>
      )}
    </div>
  );
}

/** The analysis page's "what it takes" for the same ballots. */
function analysisHref(date: string, ballots: Record<string, Choice>): string {
  const lists: Record<string, string | undefined> = { date };
  for (const choice of ['no', 'abstain', 'absent'] as const) {
    const codes = Object.keys(ballots).filter((c) => ballots[c] === choice);
    lists[choice] = codes.length ? codes.join(',') : undefined;
  }
  return href(['analysis'], lists);
}
