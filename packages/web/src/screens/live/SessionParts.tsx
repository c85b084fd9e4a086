/** Pieces the chair, delegation and projector views share: the table, the tally and the text. */
import type { CouncilState } from '@council/engine';
import { useI18n } from '../../i18n/index.tsx';
import { Horseshoe } from '../../components/Horseshoe.tsx';
import { VotesNeededBar } from '../../components/VotesNeededBar.tsx';
import { Countdown } from '../../components/Countdown.tsx';
import { describeOutcome, describeRule, tallyNumbers } from '../../format/tally.ts';
import {
  currentVote,
  memberName,
  members,
  runningSilence,
  textOnTable,
  voteResult,
} from '../../state/selectors.ts';
import type { SeatChoice } from '../../components/choice.ts';
import { exportDraft, stashExport } from '../../state/draft-export.ts';
import { href } from '../../router.ts';

/** True while a vote is open, or when the last vote was on the text now on the table. */
function isVoteOnTable(
  state: CouncilState,
  vote: NonNullable<ReturnType<typeof currentVote>>,
): boolean {
  if (vote.status === 'open') return true;
  const draft = textOnTable(state);
  if (!draft) return true;
  const subject = vote.subject;
  if (subject.kind === 'draft') return subject.draftId === draft.id;
  if (subject.kind === 'amendment')
    return state.amendments[subject.amendmentId]?.draftId === draft.id;
  return false;
}

/** What the current vote decides, in words ("the draft resolution S/2022/431", "an amendment by …"). */
export function VoteSubjectLine({ state }: { state: CouncilState }) {
  const { t } = useI18n();
  const vote = currentVote(state);
  if (!vote) return null;
  const s = vote.subject;
  let text: string;
  if (s.kind === 'draft') {
    const d = state.drafts[s.draftId];
    text = t('live.subjectDraft', { symbol: d?.symbol ?? d?.title ?? s.draftId });
  } else if (s.kind === 'amendment') {
    const a = state.amendments[s.amendmentId];
    text = t('live.subjectAmendment', {
      member: memberName(state, a?.proposedBy ?? ''),
      text: a?.text ?? '',
    });
  } else text = s.kind;
  return (
    <p className="vote-subject" data-testid="vote-subject">
      {text}
    </p>
  );
}

/** The horseshoe with each seat's position on the text on the table. */
export function LiveChamber({ state, large = false }: { state: CouncilState; large?: boolean }) {
  const { t } = useI18n();
  const vote = currentVote(state);
  const draft = textOnTable(state);
  const silence = runningSilence(draft);
  const showBallots = vote && isVoteOnTable(state, vote);
  const seats = members(state).map((member) => {
    const choice: SeatChoice = showBallots
      ? (vote.ballots[member.code] ?? (vote.status === 'open' ? 'none' : 'absent'))
      : 'idle';
    const notes: string[] = [];
    if (draft?.penholders.includes(member.code)) notes.push(t('live.penholder'));
    else if (draft?.sponsors.includes(member.code)) notes.push(t('live.cosponsored'));
    if (silence?.brokenBy.some((b) => b.member === member.code)) notes.push(t('live.breakSilence'));
    return { member, choice, notes };
  });
  return (
    <Horseshoe
      seats={seats}
      president={state.session?.body.president ?? ''}
      size={large ? 'large' : 'normal'}
    />
  );
}

/** The tally of the current vote: the engine's result when closed, a running count while open. */
export function LiveTally({ state, large = false }: { state: CouncilState; large?: boolean }) {
  const { t } = useI18n();
  const vote = currentVote(state);
  if (!vote || !isVoteOnTable(state, vote)) return null;
  const { result, final } = voteResult(state, vote);
  const nameOf = (code: string) => memberName(state, code);
  return (
    <div
      className={`outcome ${final ? `outcome-${result.outcome}` : 'outcome-running'}${large ? ' large' : ''}`}
    >
      <p className="vote-status">
        {vote.status === 'open' ? t('live.voteOpen') : t('live.voteClosed')}
      </p>
      <VoteSubjectLine state={state} />
      {final ? (
        <>
          <output
            className="outcome-line"
            aria-live="assertive"
            data-testid="live-outcome"
            data-outcome={result.outcome}
          >
            <span className="outcome-glyph" aria-hidden="true" />
            {describeOutcome(result, nameOf, t)}
          </output>
          <p className="rule">{describeRule(result.ruleId, t)}</p>
        </>
      ) : (
        <output className="outcome-line running" aria-live="polite" data-testid="live-running">
          {tallyNumbers(result)} ({t('tally.order')})
        </output>
      )}
      <VotesNeededBar
        result={result}
        size={members(state).length}
        procedural={vote.procedural}
        nameOf={nameOf}
        large={large}
      />
    </div>
  );
}

/** The text on the table: symbol, subject, sponsors, paragraphs, and the silence clock if running. */
export function TextOnTable({
  state,
  compact = false,
}: {
  state: CouncilState;
  compact?: boolean;
}) {
  const { t } = useI18n();
  const draft = textOnTable(state);
  if (!draft) return <p className="help">{t('live.noText')}</p>;
  const silence = runningSilence(draft);
  const lastSilence = draft.silences[draft.silences.length - 1];
  const nameOf = (code: string) => memberName(state, code);
  return (
    <article className="text-on-table" aria-labelledby="tot-title">
      <h2 id="tot-title">
        {t('live.textOnTable')}:{' '}
        {/* Symbols and English titles keep their own direction inside an Arabic page. */}
        <bdi lang="en">
          {draft.symbol ? `${draft.symbol} — ` : ''}
          {draft.title}
        </bdi>
      </h2>
      <p className="help">
        {t('drafts.sponsors')}:{' '}
        {[...draft.penholders, ...draft.sponsors.filter((s) => !draft.penholders.includes(s))]
          .map(nameOf)
          .join(', ') || '—'}
      </p>
      {silence && (
        <p className="silence" data-testid="silence">
          {t('live.silenceUntil', { time: new Date(silence.deadline).toLocaleTimeString() })}{' '}
          <Countdown deadline={silence.deadline} large={!compact} />
        </p>
      )}
      {lastSilence && lastSilence.brokenBy.length > 0 && (
        <p className="silence-broken" data-testid="silence-broken">
          <span aria-hidden="true">✗ </span>
          {t('live.silenceBroken', {
            names: lastSilence.brokenBy.map((b) => nameOf(b.member)).join(', '),
          })}
        </p>
      )}
      {lastSilence?.outcome === 'agreed' && <p>✓ {t('live.silenceHeld')}</p>}
      <p>
        <a
          href={href(['drafts'], { from: 'session' })}
          onClick={() => stashExport(exportDraft(state, draft))}
          data-testid="export-draft"
        >
          {t('drafts.print')}
        </a>
      </p>
      {draft.text && (
        <details open={!compact}>
          <summary>{t('drafts.preview')}</summary>
          <div className="un-text">
            <p className="organ">{t('drafts.council')},</p>
            {draft.text.preambular.map((p, i) => (
              <p key={`p${i}`} className="preambular">
                {p}
              </p>
            ))}
            <ol className="operative">
              {draft.text.operative.map((p, i) => (
                <li key={`o${i}`}>{p}</li>
              ))}
            </ol>
          </div>
        </details>
      )}
    </article>
  );
}
