import type { CouncilMember } from '@council/engine';
import { useI18n } from '../i18n/index.tsx';
import { CHOICE_GLYPH, CHOICE_LABEL, type SeatChoice } from './choice.ts';

export interface Seat {
  member: CouncilMember;
  choice: SeatChoice;
  /** Extra words about the seat's position on the text (co-sponsor, broke silence…). */
  notes?: string[];
}

interface Props {
  seats: Seat[];
  president: string;
  /** When given, each seat is a button that calls it (the calculator cycles the vote). */
  onSeatActivate?: (code: string) => void;
  size?: 'normal' | 'large';
}

/**
 * Places seats on an open-bottom horseshoe: the President at the head, then the other members in
 * English alphabetical order going clockwise and wrapping round, the way the chamber's seating
 * follows the presidency. Positions are percentages so the table scales from a phone to a projector.
 */
export function seatLayout(count: number): { x: number; y: number }[] {
  const start = (215 * Math.PI) / 180; // bottom-left end of the horseshoe
  const end = (-35 * Math.PI) / 180; // bottom-right end
  return Array.from({ length: count }, (_, i) => {
    const angle = count === 1 ? Math.PI / 2 : start + ((end - start) * i) / (count - 1);
    return { x: 50 + 42 * Math.cos(angle), y: 58 - 46 * Math.sin(angle) };
  });
}

export function Horseshoe({ seats, president, onSeatActivate, size = 'normal' }: Props) {
  const { t } = useI18n();
  const layout = seatLayout(seats.length);
  const head = Math.floor(seats.length / 2);
  const presidentIndex = Math.max(
    0,
    seats.findIndex((s) => s.member.code === president),
  );
  const rotated = seats.map((_, i) => seats[(presidentIndex + i) % seats.length]!);

  return (
    <figure className={`horseshoe horseshoe-${size}`}>
      <figcaption className="visually-hidden">
        {t('chamber.horseshoe', { size: seats.length })}
      </figcaption>
      <div className="horseshoe-table" aria-hidden="true" />
      <ul className="seats">
        {rotated.map((seat, r) => {
          const pos = layout[(head + r) % seats.length]!;
          const isPresident = seat.member.code === president;
          const roles =
            (seat.member.permanent ? `, ${t('chamber.permanent')}` : '') +
            (isPresident ? `, ${t('chamber.president')}` : '');
          const position = [t(CHOICE_LABEL[seat.choice]), ...(seat.notes ?? [])].join(', ');
          const label = t('chamber.seatLabel', { member: seat.member.name, roles, position });
          // The visible bits are hidden from screen readers, which read one full sentence instead.
          const body = (
            <>
              <span className="visually-hidden">{label}</span>
              <span className="seat-code" aria-hidden="true">
                {seat.member.code}
              </span>
              {seat.member.permanent && (
                <span className="seat-permanent" aria-hidden="true">
                  ★
                </span>
              )}
              {seat.choice !== 'idle' && (
                <span className="seat-choice" aria-hidden="true">
                  {CHOICE_GLYPH[seat.choice]} {t(CHOICE_LABEL[seat.choice])}
                </span>
              )}
              {isPresident && (
                <span className="seat-president" aria-hidden="true">
                  {t('chamber.president')}
                </span>
              )}
            </>
          );
          const className = `seat choice-${seat.choice}${seat.member.permanent ? ' permanent' : ''}${isPresident ? ' president' : ''}`;
          return (
            <li
              key={seat.member.code}
              className="seat-slot"
              style={{ left: `${pos.x}%`, top: `${pos.y}%` }}
              data-code={seat.member.code}
            >
              {onSeatActivate ? (
                <button
                  type="button"
                  className={className}
                  title={seat.member.name}
                  aria-describedby={`seat-action-${seat.member.code}`}
                  onClick={() => onSeatActivate(seat.member.code)}
                >
                  {body}
                  <span className="visually-hidden" id={`seat-action-${seat.member.code}`}>
                    {t('chamber.seatAction', {
                      member: seat.member.name,
                      position: t(CHOICE_LABEL[seat.choice]),
                    })}
                  </span>
                </button>
              ) : (
                <div className={className} title={seat.member.name}>
                  {body}
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
