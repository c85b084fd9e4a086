/**
 * The agenda: the first business of every formal meeting.
 *
 * Source: Provisional Rules of Procedure, rule 9 (adoption of the agenda comes first), rules 7–8
 * (provisional agenda). Practice: a contested agenda is put to a procedural vote (e.g. the DPRK item on
 * 22 Dec 2014, adopted 11–2–2); no decision on substance is taken before the agenda is adopted.
 */
export const agendaRule = {
  id: 'agenda',
  source: 'Provisional Rules of Procedure, rules 7–9',
  summary:
    'A formal meeting adopts its agenda first; a contested agenda is decided by a procedural vote.',
} as const;
