/**
 * Meeting formats and what each can do.
 *
 * Source: Provisional Rules of Procedure, rules 48–57 (public and private meetings); Note by the President
 * S/2017/507 paras. 85–99; Security Council Handbook glossary (informal consultations); S/2006/507 para. 54
 * (Arria-formula meetings).
 * - Formal meetings (briefing, open debate, adoption, private) are meetings of the Council: they adopt an
 *   agenda and can take decisions.
 * - Informal consultations of the whole are not meetings under the rules: no record, no decisions by vote;
 *   members may agree press elements there by consensus.
 * - Arria-formula meetings are not meetings of the Council at all: no agenda, no decisions.
 */
import type { MeetingFormat } from '../commands.ts';

export const meetingFormatsRule = {
  id: 'meeting-formats',
  source: 'Provisional Rules of Procedure, rules 48–57; S/2017/507; S/2006/507 para. 54',
  summary:
    'Only formal meetings take decisions by vote; consultations and Arria-formula meetings do not.',
} as const;

/** True for the formats that are meetings of the Council under the rules. */
export function isFormalMeeting(format: MeetingFormat): boolean {
  return (
    format === 'briefing' ||
    format === 'open_debate' ||
    format === 'adoption' ||
    format === 'private'
  );
}
