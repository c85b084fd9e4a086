/**
 * The silence procedure: a text is agreed if no member objects by a deadline.
 *
 * Source: documented practice (Note by the President S/2017/507; Security Council Report, What's in Blue,
 * 19–20 Mar 2012: a press statement under silence, the UK broke silence, a revised text went under silence
 * again; 11–12 Jul 2014: silence extended from 09:00 to noon).
 * - Any member may break silence before the deadline; that stops the procedure (the text is not agreed).
 * - The presidency may extend the deadline while silence holds.
 * - A revised text may be put under silence again.
 * - At the deadline with no objection the text counts as agreed.
 * The length of a silence period is a convention, not a rule: the deadline is always explicit.
 */
export const silenceProcedureRule = {
  id: 'silence-procedure',
  source: 'S/2017/507; documented practice (SCR What’s in Blue, 2012 and 2014)',
  summary: 'A text under silence is agreed at the deadline unless a member breaks silence first.',
} as const;

/** True when `at` (a date or timestamp) is at or after `deadline` (comparing ISO strings of the same form). */
export function deadlineReached(at: string, deadline: string): boolean {
  const n = Math.min(at.length, deadline.length);
  return at.slice(0, n) >= deadline.slice(0, n);
}
