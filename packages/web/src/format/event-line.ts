import type { CouncilEvent, CouncilState } from '@council/engine';
import type { Translate } from '../i18n/index.tsx';
import { describeOutcome } from './tally.ts';
import { memberName } from '../state/selectors.ts';

/**
 * One line of the chair's session log for an event. Words only: outcomes are the engine's results
 * carried by the events. Unknown or rare events show their type.
 */
export function eventLine(
  event: CouncilEvent | { type: string },
  state: CouncilState,
  t: Translate,
): string {
  const name = (code: string) => memberName(state, code);
  const e = event as CouncilEvent;
  switch (e.type) {
    case 'SessionStarted':
      return t('log.SessionStarted', { title: e.data.title });
    case 'MeetingConvened':
      return t('log.MeetingConvened');
    case 'AgendaAdopted':
      return t('log.AgendaAdopted');
    case 'MeetingAdjourned':
      return t('log.MeetingAdjourned');
    case 'DraftSubmitted':
      return t('log.DraftSubmitted', {
        symbol: e.data.symbol ?? e.data.title,
        members: e.data.penholders.map(name).join(', '),
      });
    case 'DraftCoSponsored':
      return t('log.DraftCoSponsored', { member: name(e.data.state) });
    case 'SilenceStarted':
      return t('log.SilenceStarted', { deadline: new Date(e.data.deadline).toLocaleTimeString() });
    case 'SilenceBroken':
      return t('log.SilenceBroken', { member: name(e.data.member) });
    case 'VotingOpened':
      return t('log.VotingOpened');
    case 'VoteCast':
      return t('log.VoteCast', {
        member: name(e.data.member),
        choice: t(`choice.${e.data.choice}`),
      });
    case 'DraftAdopted':
    case 'DraftVetoed':
    case 'DraftNotAdopted':
    case 'AmendmentDecided':
      return describeOutcome(e.data.result, name, t);
    default:
      return e.type;
  }
}
