import { useEffect, useState } from 'react';
import { adjudicateCounts, stateName, type VoteResult } from '@council/engine';
import { takeExport } from '../state/draft-export.ts';
import { translate, useI18n, type Translate } from '../i18n/index.tsx';
import { replaceQuery, type Route } from '../router.ts';
import { loadResolutions } from '../data/record.ts';
import { describeOutcome } from '../format/tally.ts';
import { englishOrdinal } from '../format/ordinal.ts';
import { longDate } from '../state/new-york-date.ts';
import { MEMBERSHIP } from '../data/membership.ts';

interface DraftDoc {
  symbol: string;
  title: string;
  date: string;
  meeting: string;
  sponsors: string;
  preambular: string;
  operative: string;
  tally?: [number, number, number];
  /** The engine's result, when the document comes from a vote in a live session. */
  result?: VoteResult;
  history?: string[];
  note?: string;
}

/**
 * Resolution 2397 (2017): the record gives its symbol, date, meeting and tally. The paragraphs below
 * are short summaries written for Council, not the authentic text (which is UN document S/RES/2397 (2017)).
 */
const SUMMARY_2397 = {
  preambular: [
    'Recalling its earlier resolutions on the Democratic People’s Republic of Korea, among them resolutions 1718 (2006) and 2375 (2017),',
    'Gravely concerned by the intercontinental ballistic missile launched by the Democratic People’s Republic of Korea on 28 November 2017,',
    'Acting under Chapter VII of the Charter of the United Nations and taking measures under its Article 41,',
  ],
  operative: [
    'Condemns the ballistic missile launch of 28 November 2017 as a violation of the Council’s resolutions;',
    'Reaffirms that the Democratic People’s Republic of Korea shall abandon its nuclear weapons and ballistic missile programmes in a complete, verifiable and irreversible manner;',
    'Limits the supply of refined petroleum products to the Democratic People’s Republic of Korea to 500,000 barrels a year from 1 January 2018;',
    'Caps the supply of crude oil to the Democratic People’s Republic of Korea at 4 million barrels a year;',
    'Requires States to send home, within 24 months, nationals of the Democratic People’s Republic of Korea earning income in their jurisdiction;',
    'Extends the ban on exports from the Democratic People’s Republic of Korea to food and agricultural products, machinery, electrical equipment, earth and stone, wood and vessels;',
    'Decides to remain actively seized of the matter.',
  ],
  note: 'Paragraphs summarised for Council; the authentic text is the UN document.',
};

const EMPTY: DraftDoc = {
  symbol: 'S/2026/1',
  title: '',
  date: '2026-01-15',
  meeting: '',
  sponsors: '',
  preambular: 'Recalling its previous resolutions,',
  operative: 'Decides to remain seized of the matter.',
};

/** Splits a paragraph into its opening word (set in italics, as UN resolutions do) and the rest. */
function lead(paragraph: string): [string, string] {
  // An adverb keeps its participle or adjective with it: "Gravely concerned", "Strongly condemns".
  const m = /^(\S+ly\s+\S+|\S+)(.*)$/s.exec(paragraph.trim());
  return m ? [m[1] ?? '', m[2] ?? ''] : ['', paragraph];
}

export default function DraftsScreen({ route }: { route: Route }) {
  const { t } = useI18n();
  // The document itself is in English (its symbol's language version); the controls follow the UI.
  const tEn: Translate = (key, vars) => translate('en', key, vars);
  const [doc, setDoc] = useState<DraftDoc>(EMPTY);
  const [error, setError] = useState<string>();
  const wanted = route.query.get('res');

  async function loadResolution(number: number) {
    try {
      const row = (await loadResolutions()).find((r) => r.number === number);
      if (!row) throw new Error(`resolution ${number} is not in the record`);
      const summary = number === 2397 ? SUMMARY_2397 : undefined;
      setDoc({
        symbol: row.symbol,
        title: row.topic,
        date: row.date,
        meeting: row.meeting,
        sponsors: '',
        preambular: summary?.preambular.join('\n') ?? '',
        operative: summary?.operative.join('\n') ?? '',
        ...(row.tally ? { tally: row.tally } : {}),
        ...(summary ? { note: summary.note } : {}),
      });
      replaceQuery({ res: String(number) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  useEffect(() => {
    if (wanted && /^\d+$/.test(wanted)) void loadResolution(Number(wanted));
  }, [wanted]);
  const fromSession = route.query.get('from') === 'session';
  useEffect(() => {
    if (!fromSession) return;
    const exported = takeExport();
    if (exported) setDoc({ ...exported, meeting: '' });
  }, [fromSession]);

  const preambular = doc.preambular
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const operative = doc.operative
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const isResolution = doc.symbol.startsWith('S/RES/');
  const resNumber = /^S\/RES\/(\d+)/.exec(doc.symbol)?.[1];
  const meetingNumber = Number(/S\/PV\.(\d+)/.exec(doc.meeting)?.[1] ?? NaN);
  const nameOfState = (c: string) => stateName(MEMBERSHIP, c, doc.date);
  // A session's vote carries the engine's result; a record resolution has only its tally (it was adopted).
  const voteLine = doc.result
    ? describeOutcome(doc.result, nameOfState, tEn)
    : doc.tally
      ? describeOutcome(
          adjudicateCounts({
            date: doc.date,
            yes: doc.tally[0],
            no: doc.tally[1],
            abstain: doc.tally[2],
          }),
          nameOfState,
          tEn,
        )
      : undefined;
  const set = (field: keyof DraftDoc) => (e: { target: { value: string } }) =>
    setDoc((d) => ({ ...d, [field]: e.target.value }));

  return (
    <div className="drafts-screen">
      <h1 className="no-print">{t('drafts.title')}</h1>
      <div className="drafts-layout">
        <form className="no-print form-grid" onSubmit={(e) => e.preventDefault()}>
          <div className="buttons">
            <button type="button" onClick={() => void loadResolution(2397)}>
              {t('drafts.load2397')}
            </button>
          </div>
          {error && <p className="error">{error}</p>}
          <label>
            {t('drafts.symbol')} <input type="text" value={doc.symbol} onChange={set('symbol')} />
          </label>
          <label>
            {t('drafts.date')} <input type="date" value={doc.date} onChange={set('date')} />
          </label>
          <label>
            {t('live.draftTitle')} <input type="text" value={doc.title} onChange={set('title')} />
          </label>
          <label>
            {t('drafts.sponsors')}{' '}
            <input type="text" value={doc.sponsors} onChange={set('sponsors')} />
          </label>
          <label>
            {t('drafts.preamble')}
            <textarea rows={5} value={doc.preambular} onChange={set('preambular')} />
          </label>
          <label>
            {t('drafts.operative')}
            <textarea rows={8} value={doc.operative} onChange={set('operative')} />
          </label>
          <button type="button" className="primary" onClick={() => print()}>
            {t('drafts.print')}
          </button>
          <p className="help">{t('drafts.printHelp')}</p>
        </form>

        <article
          className="un-document"
          aria-label={t('drafts.preview')}
          data-testid="un-document"
          lang="en"
        >
          <header className="un-masthead">
            <div className="un-left">United Nations</div>
            <div className="un-symbol" data-testid="doc-symbol">
              {doc.symbol}
            </div>
          </header>
          <div className="un-organ">
            <span className="un-emblem" aria-hidden="true">
              ◍
            </span>
            <span className="un-organ-name">Security Council</span>
            <span className="un-distr">
              Distr.: General
              <br />
              {longDate(doc.date, 'en')}
            </span>
          </div>
          <hr />
          {isResolution && resNumber ? (
            <>
              <h2 className="un-title">
                Resolution {resNumber} ({doc.date.slice(0, 4)})
              </h2>
              {Number.isFinite(meetingNumber) && (
                <p className="un-adopted">
                  Adopted by the Security Council at its {englishOrdinal(meetingNumber)} meeting, on{' '}
                  {longDate(doc.date, 'en')}
                </p>
              )}
            </>
          ) : (
            <>
              {doc.sponsors && <p className="un-sponsors">{doc.sponsors}: draft resolution</p>}
              <h2 className="un-title">{doc.title}</h2>
            </>
          )}
          <p className="un-organ-line">
            <em>The Security Council</em>,
          </p>
          {preambular.map((p, i) => {
            const [first, rest] = lead(p);
            return (
              <p key={`p${i}`} className="un-preambular">
                <em>{first}</em>
                {rest}
              </p>
            );
          })}
          <ol className="un-operative">
            {operative.map((p, i) => {
              const [first, rest] = lead(p);
              return (
                <li key={`o${i}`}>
                  <em>{first}</em>
                  {rest}
                </li>
              );
            })}
          </ol>
          {voteLine && <p className="un-vote">{tEn('drafts.vote', { line: voteLine })}</p>}
          {doc.note && <p className="un-note">{doc.note}</p>}
          {doc.history && doc.history.length > 0 && (
            <section className="un-history">
              <h3>{tEn('drafts.history')}</h3>
              <ul>
                {doc.history.map((h, i) => (
                  <li key={i}>{h}</li>
                ))}
              </ul>
            </section>
          )}
        </article>
      </div>
    </div>
  );
}
