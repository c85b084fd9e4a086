import { useEffect, useState } from 'react';
import type { Choice } from '@council/engine';
import { whoAmI } from '../../net/council-api.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../state/use-session.ts';
import { currentVote, memberName, runningSilence, textOnTable } from '../../state/selectors.ts';
import { ConnectionBanner } from '../../components/ConnectionBanner.tsx';
import { CHOICE_GLYPH, CHOICE_LABEL, VOTE_CHOICES } from '../../components/choice.ts';
import { LiveTally, TextOnTable, VoteSubjectLine } from './SessionParts.tsx';
import { DelegationCommitteePanel } from './CommitteePanel.tsx';

/**
 * A delegation's phone: the text on the table and the few things a delegation does. Each button's
 * accessible name says what it does and for whom ("Vote No as China").
 */
export function DelegationView({
  sessionId,
  linkKey,
  member: memberParam,
}: {
  sessionId: string;
  linkKey: string;
  member: string;
}) {
  const [member, setMember] = useState(memberParam);
  // A link issued by the server itself does not name the member: ask whose key it is.
  useEffect(() => {
    if (member) return;
    whoAmI(sessionId, linkKey).then(
      (me) => me.member && setMember(me.member),
      () => undefined,
    );
  }, [member, sessionId, linkKey]);
  return member ? <Delegation sessionId={sessionId} linkKey={linkKey} member={member} /> : null;
}

function Delegation({
  sessionId,
  linkKey,
  member,
}: {
  sessionId: string;
  linkKey: string;
  member: string;
}) {
  const { t } = useI18n();
  const session = useSession(sessionId, linkKey, `delegation.${member}`);
  const { state, act } = session;
  const name = memberName(state, member);
  const vote = currentVote(state);
  const draft = textOnTable(state);
  const silence = runningSilence(draft);

  // What this delegation has asked for but the server has not yet confirmed.
  const pendingVote = session.pending.find(
    (p) => p.command.type === 'CastVote' && p.command['voteId'] === vote?.id,
  );
  const castChoice = vote?.ballots[member];
  const shownChoice = (pendingVote?.command['choice'] as Choice | undefined) ?? castChoice;
  const isSponsor =
    !!draft && (draft.sponsors.includes(member) || draft.penholders.includes(member));
  const pendingSponsor = session.pending.some(
    (p) => p.command.type === 'CoSponsorDraft' && p.command['draftId'] === draft?.id,
  );
  const broke =
    !!silence?.brokenBy.some((b) => b.member === member) ||
    session.pending.some(
      (p) => p.command.type === 'BreakSilence' && p.command['draftId'] === draft?.id,
    );

  return (
    <div className="delegation-view">
      <header className="phone-header">
        <h1>{t('live.delegationOf', { member: name })}</h1>
        <ConnectionBanner connection={session.connection} pending={session.pending.length} />
      </header>
      {session.rejections.slice(-2).map((r) => (
        <p key={r.key} role="alert" className="error">
          {t('live.rejected', { message: r.message })}
        </p>
      ))}
      {vote?.status === 'open' ? (
        <section aria-labelledby="vote-now" className="vote-now">
          <h2 id="vote-now">{t('live.voteOpen')}</h2>
          <VoteSubjectLine state={state} />
          <div className="vote-buttons" role="group" aria-label={t('live.voteOpen')}>
            {VOTE_CHOICES.map((choice) => (
              <button
                key={choice}
                type="button"
                className={`vote-button choice-${choice}`}
                aria-pressed={shownChoice === choice}
                aria-label={t('choice.ariaSelf', { choice: t(CHOICE_LABEL[choice]), member: name })}
                onClick={() => act({ type: 'CastVote', voteId: vote.id, member, choice })}
                disabled={!!castChoice || !!pendingVote}
              >
                <span aria-hidden="true" className="glyph">
                  {CHOICE_GLYPH[choice]}
                </span>{' '}
                {t(CHOICE_LABEL[choice])}
              </button>
            ))}
          </div>
          {shownChoice && (
            <p
              role="status"
              className="your-vote"
              data-testid="your-vote"
              data-state={pendingVote ? 'pending' : 'cast'}
            >
              {t('live.yourVote', { choice: t(CHOICE_LABEL[shownChoice]) })}
              {pendingVote ? ` — ${t('app.pending', { count: 1 })}` : ' ✓'}
            </p>
          )}
        </section>
      ) : (
        !vote && <p className="help">{t('live.waiting')}</p>
      )}
      {vote && vote.status === 'closed' && <LiveTally state={state} />}
      <TextOnTable state={state} compact />
      <div className="buttons phone-actions">
        {draft && ['circulated', 'under_silence', 'in_blue'].includes(draft.status) && (
          <button
            type="button"
            disabled={isSponsor || pendingSponsor}
            aria-label={t('live.cosponsorAria', { member: name })}
            onClick={() => act({ type: 'CoSponsorDraft', draftId: draft.id, state: member })}
          >
            {isSponsor ? `✓ ${t('live.cosponsored')}` : t('live.cosponsor')}
          </button>
        )}
        {silence && draft && (
          <button
            type="button"
            disabled={broke}
            aria-label={t('live.breakSilenceAria', { member: name })}
            onClick={() => act({ type: 'BreakSilence', draftId: draft.id, member })}
          >
            {t('live.breakSilence')}
          </button>
        )}
      </div>
      <DelegationCommitteePanel state={state} member={member} act={act} />
    </div>
  );
}
