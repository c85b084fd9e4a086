import type { IssueGroupStatement } from '../commands.ts';
import type { CouncilState } from '../state.ts';
import { accept, reject, type Decision } from '../rejections.ts';
import { groupStatementsRule, splitSignatories } from '../rules/group-statements.ts';
import { accessRule } from '../access.ts';
import { event, memberCodes, noSession } from './support.ts';

/** Records a joint statement by a group of States (not a Council product) and who on the Council did not sign. */
export function decideIssueGroupStatement(state: CouncilState, cmd: IssueGroupStatement): Decision {
  const missing = noSession(state);
  if (missing) return missing;
  if (state.groupStatements[cmd.statementId])
    return reject(
      'statement_exists',
      groupStatementsRule.id,
      `Statement '${cmd.statementId}' already exists.`,
    );
  if (cmd.signatories.length === 0)
    return reject(
      'no_signatories',
      groupStatementsRule.id,
      'A joint statement has at least one signatory.',
    );
  if (new Set(cmd.signatories).size !== cmd.signatories.length)
    return reject('duplicate_signatory', groupStatementsRule.id, 'A signatory is listed twice.');
  const a = cmd.meta.actor;
  if (a.role === 'observer')
    return reject('not_allowed', accessRule.id, 'Observers cannot issue statements.');
  if (a.role === 'delegation' && !cmd.signatories.includes(a.member))
    return reject(
      'not_your_delegation',
      accessRule.id,
      'A delegation issues only statements it signs.',
    );
  if (cmd.readBy !== undefined && !cmd.signatories.includes(cmd.readBy))
    return reject(
      'reader_not_signatory',
      groupStatementsRule.id,
      `${cmd.readBy} reads the statement but is not a signatory.`,
    );
  const split = splitSignatories(cmd.signatories, memberCodes(state));
  return accept(
    event(
      'GroupStatementIssued',
      {
        statementId: cmd.statementId,
        title: cmd.title,
        signatories: cmd.signatories,
        ...(cmd.readBy !== undefined ? { readBy: cmd.readBy } : {}),
        ...split,
      },
      cmd.meta,
    ),
  );
}
