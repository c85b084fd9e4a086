import type { CouncilState } from '@council/engine';
import { useI18n } from '../i18n/index.tsx';
import { Countdown } from './Countdown.tsx';

type Meeting = CouncilState['meetings'][string];

/** Who has the floor, with the time left when the President set a limit (a display: the engine cuts no one off). */
export function SpeakerClock({
  meeting,
  nameOf,
  large = false,
}: {
  meeting: Meeting | undefined;
  nameOf: (code: string) => string;
  large?: boolean;
}) {
  const { t } = useI18n();
  const speaker = meeting?.speaker;
  if (!speaker) return null;
  const name = speaker.speaker === 'SG' ? t('live.secretaryGeneral') : nameOf(speaker.speaker);
  return (
    <p className={`speaker-clock${large ? ' projector-timer' : ''}`} data-testid="speaker-clock">
      {t('live.speaking', { name })}{' '}
      {speaker.seconds !== undefined ? (
        <Countdown
          deadline={new Date(Date.parse(speaker.since) + speaker.seconds * 1000).toISOString()}
          large={large}
        />
      ) : (
        <span>
          {t('live.speakingSince', { time: new Date(speaker.since).toLocaleTimeString() })}
        </span>
      )}
    </p>
  );
}
