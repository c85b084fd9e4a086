/**
 * Division of a draft: parts are voted separately on request, unless the mover objects.
 *
 * Source: Provisional Rules of Procedure, rule 32, second paragraph.
 * Practice: after the parts are voted, the draft as a whole is still voted.
 */
export const separateVotingRule = {
  id: 'separate-voting',
  source: 'Provisional Rules of Procedure, rule 32',
  summary:
    'Parts of a draft are voted separately at any representative’s request unless the original mover objects.',
} as const;
