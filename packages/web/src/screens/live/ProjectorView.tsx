import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../state/use-session.ts';
import { ConnectionBanner } from '../../components/ConnectionBanner.tsx';
import { Countdown } from '../../components/Countdown.tsx';
import { SpeakerClock } from '../../components/SpeakerClock.tsx';
import { members, openMeeting, runningSilence, textOnTable } from '../../state/selectors.ts';
import { LiveChamber, LiveTally, TextOnTable } from './SessionParts.tsx';

/** The wall display (and the read-only observer view): the chamber, the tally and the clock, large. */
export function ProjectorView({
  sessionId,
  linkKey,
  role,
}: {
  sessionId: string;
  linkKey: string;
  role: 'projector' | 'observer';
}) {
  const { t } = useI18n();
  const session = useSession(sessionId, linkKey, role);
  const { state } = session;
  const silence = runningSilence(textOnTable(state));
  const meeting = openMeeting(state);
  return (
    <div className={`projector-view ${role}`}>
      <h1>
        {state.session?.title ?? ''}{' '}
        <span className="help">
          {role === 'projector' ? t('live.projector') : t('live.observer')}
        </span>
      </h1>
      <ConnectionBanner connection={session.connection} pending={0} />
      {meeting && (
        <p className="projector-meeting" data-testid="projector-meeting">
          {meeting.topic}
        </p>
      )}
      <div className="projector-grid">
        <LiveChamber state={state} large={role === 'projector'} />
        <div>
          {silence && (
            <p className="projector-timer">
              {t('live.silenceUntil', { time: new Date(silence.deadline).toLocaleTimeString() })}{' '}
              <Countdown deadline={silence.deadline} large />
            </p>
          )}
          <SpeakerClock
            meeting={meeting}
            nameOf={(code) => members(state).find((m) => m.code === code)?.name ?? code}
            large={role === 'projector'}
          />
          <LiveTally state={state} large={role === 'projector'} />
          <TextOnTable state={state} compact={role === 'projector'} />
        </div>
      </div>
    </div>
  );
}
