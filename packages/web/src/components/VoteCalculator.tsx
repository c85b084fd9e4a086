import type { Choice, CouncilMember } from '@council/engine';
import { useI18n } from '../i18n/index.tsx';
import { CALCULATOR_CHOICES, CHOICE_GLYPH, CHOICE_LABEL } from './choice.ts';

interface Props {
  members: CouncilMember[];
  ballots: Record<string, Choice>;
  onChange: (code: string, choice: Choice) => void;
}

/**
 * One radio group per member. Native radios give arrow-key movement inside a group and Tab between
 * groups; every option's accessible name says what it does and for whom ("Vote no for China").
 */
export function VoteCalculator({ members, ballots, onChange }: Props) {
  const { t } = useI18n();
  return (
    <div className="calculator" role="group" aria-label={t('calc.title')}>
      {members.map((m) => {
        const current = ballots[m.code] ?? 'absent';
        return (
          <fieldset key={m.code} className="calc-row" data-code={m.code}>
            <legend>
              {m.name}
              {m.permanent && (
                <span className="permanent-tag">
                  <span aria-hidden="true"> ★</span>
                  <span className="visually-hidden">, {t('chamber.permanent')}</span>
                </span>
              )}
            </legend>
            <div className="choices">
              {CALCULATOR_CHOICES.map((choice) => (
                <label key={choice} className={`choice choice-${choice}`}>
                  <input
                    type="radio"
                    name={`vote-${m.code}`}
                    value={choice}
                    checked={current === choice}
                    onChange={() => onChange(m.code, choice)}
                    aria-label={t('choice.aria', {
                      choice: t(CHOICE_LABEL[choice]),
                      member: m.name,
                    })}
                  />
                  <span aria-hidden="true">
                    {CHOICE_GLYPH[choice]} {t(CHOICE_LABEL[choice])}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
