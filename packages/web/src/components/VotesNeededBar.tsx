import type { VoteResult } from '@council/engine';
import { useI18n } from '../i18n/index.tsx';

interface Props {
  result: VoteResult;
  size: number;
  procedural: boolean;
  nameOf: (code: string) => string;
  large?: boolean;
}

/**
 * The two conditions of Article 27 side by side: enough affirmative votes, and (on substantive
 * matters) no permanent member against. Both figures come from the engine's VoteResult.
 */
export function VotesNeededBar({ result, size, procedural, nameOf, large = false }: Props) {
  const { t } = useI18n();
  const enough = result.yes >= result.required;
  const missing = Math.max(0, result.required - result.yes);
  const against = result.permanentAgainst;
  return (
    <div className={`votes-needed${large ? ' large' : ''}`}>
      <p className="votes-needed-line">
        <span aria-hidden="true" className={enough ? 'mark-ok' : 'mark-bad'}>
          {enough ? '✓' : '✗'}
        </span>{' '}
        {t('bar.affirmative', { yes: result.yes, required: result.required, size })}
        {' — '}
        <strong>{enough ? t('bar.enough') : t('bar.short', { missing })}</strong>
      </p>
      <div
        className="bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={size}
        aria-valuenow={result.yes}
        aria-label={t('bar.affirmative', { yes: result.yes, required: result.required, size })}
      >
        {Array.from({ length: size }, (_, i) => (
          <span
            key={i}
            className={`bar-cell${i < result.yes ? ' filled' : ''}${i === result.required - 1 ? ' threshold' : ''}`}
          />
        ))}
      </div>
      <p className="votes-needed-line">
        {procedural ? (
          t('bar.procedural')
        ) : (
          <>
            <span aria-hidden="true" className={against.length === 0 ? 'mark-ok' : 'mark-bad'}>
              {against.length === 0 ? '✓' : '✗'}
            </span>{' '}
            {against.length === 0
              ? t('bar.noVeto')
              : t('bar.veto', { names: against.map(nameOf).join(', ') })}
          </>
        )}
      </p>
    </div>
  );
}
