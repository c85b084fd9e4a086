/**
 * Participation without a vote.
 *
 * Source: UN Charter Arts. 31–32; Provisional Rules of Procedure, rule 37 (a UN Member whose interests are
 * specially affected, or that brought the matter, may be invited), rule 38 (such an invitee may submit
 * proposals, voted on only at the request of a Council member) and rule 39 (briefers and other competent
 * persons). Invitees speak; only Council members vote (Art. 27(1)).
 */
export const participationRule = {
  id: 'participation',
  source: 'UN Charter Arts. 27(1), 31–32; Provisional Rules of Procedure, rules 37–39',
  summary:
    'Invited States and briefers may speak but never vote; a non-member draft is voted only at a member’s request.',
} as const;
