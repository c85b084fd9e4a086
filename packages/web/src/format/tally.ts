import { RULES, type VoteResult } from '@council/engine';
import { isMessageKey, type Translate } from '../i18n/index.tsx';

/** "13–2–0": for, against, abstaining, joined with en dashes as UN documents write them. */
export function tallyNumbers(result: Pick<VoteResult, 'yes' | 'no' | 'abstain'>): string {
  return `${result.yes}–${result.no}–${result.abstain}`;
}

/**
 * One line for a vote's outcome, e.g. "Vetoed 13–2–0 (for–against–abstaining); vetoed by China,
 * Russian Federation". The outcome itself always comes from the engine; this only words it.
 */
export function describeOutcome(
  result: VoteResult,
  nameOf: (code: string) => string,
  t: Translate,
): string {
  const numbers = tallyNumbers(result);
  const order = t('tally.order');
  switch (result.outcome) {
    case 'adopted':
      return t('tally.adopted', { numbers, order });
    case 'vetoed':
      return t('tally.vetoed', { numbers, order, names: result.vetoedBy.map(nameOf).join(', ') });
    case 'failed':
      return t('tally.failed', { numbers, order, required: result.required });
  }
}

/** The outcome's one-word heading ("Adopted", "Vetoed", "Not adopted"). */
export function outcomeWord(result: Pick<VoteResult, 'outcome'>, t: Translate): string {
  return t(`outcome.${result.outcome}`);
}

/**
 * A sentence for the rule behind an outcome, by the engine's ruleId: our translated wording where we
 * have one, else the engine's own catalogue (summary and source), else the id itself.
 */
export function describeRule(ruleId: string, t: Translate): string {
  const key = `rule.${ruleId}`;
  if (isMessageKey(key)) return t(key);
  const info = RULES[ruleId];
  return info ? `${info.summary} (${info.source})` : ruleId;
}
