import type { Choice } from '@council/engine';
import type { MessageKey } from '../i18n/index.tsx';

/** A seat's vote; `none` while a vote is open and it has not voted; `idle` when no vote concerns the text. */
export type SeatChoice = Choice | 'none' | 'idle';

/** Each choice carries a glyph and a word as well as a colour, so colour is never the only signal. */
export const CHOICE_GLYPH: Record<SeatChoice, string> = {
  yes: '✓',
  no: '✗',
  abstain: '–',
  absent: '○',
  not_participating: '⊘',
  none: '·',
  idle: '',
};

export const CHOICE_LABEL: Record<SeatChoice, MessageKey> = {
  yes: 'choice.yes',
  no: 'choice.no',
  abstain: 'choice.abstain',
  absent: 'choice.absent',
  not_participating: 'choice.not_participating',
  none: 'choice.none',
  idle: 'choice.idle',
};

/** The choices a delegation or the calculator can set directly. */
export const VOTE_CHOICES = ['yes', 'no', 'abstain'] as const satisfies readonly Choice[];
export const CALCULATOR_CHOICES = [
  'yes',
  'no',
  'abstain',
  'absent',
] as const satisfies readonly Choice[];
