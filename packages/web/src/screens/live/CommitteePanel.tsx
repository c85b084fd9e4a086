import { useState, type ReactNode } from 'react';
import type { CouncilState } from '@council/engine';
import { useI18n } from '../../i18n/index.tsx';
import type { SessionCommand } from '../../state/use-session.ts';
import { memberName } from '../../state/selectors.ts';
import { shortId } from './ids.ts';

type Proposal = CouncilState['committees']['proposals'][string];

/** The sanctions committee of the session (if any): proposals and their holds, as the engine keeps them. */
function ProposalList({
  state,
  actions,
}: {
  state: CouncilState;
  actions?: (p: Proposal) => ReactNode;
}) {
  const { t } = useI18n();
  const proposals = Object.values(state.committees.proposals);
  if (proposals.length === 0) return <p className="help">{t('committee.none')}</p>;
  return (
    <ul className="proposals" data-testid="proposals">
      {proposals.map((p) => {
        const standing = p.holds.filter((h) => h.status === 'standing');
        return (
          <li key={p.id} data-proposal={p.id}>
            <strong>{p.subjects.map((s) => s.name).join(', ')}</strong> —{' '}
            {t('committee.proposedBy', { member: memberName(state, p.proposer) })}
            {' · '}
            <span data-testid="proposal-status">{p.status}</span>
            {p.deadline &&
              p.status === 'pending' &&
              ` · ${t('committee.deadline', { date: p.deadline })}`}
            {p.holds.length > 0 && (
              <ul>
                {p.holds.map((h, i) => (
                  <li key={i} data-hold={h.member} data-status={h.status}>
                    {t('committee.hold', {
                      member: memberName(state, h.member),
                      reason: h.reason,
                      status: h.status,
                      lapses: h.lapsesOn,
                    })}
                  </li>
                ))}
              </ul>
            )}
            {standing.length > 0 && <p className="help">{t('committee.clockStopped')}</p>}
            {actions?.(p)}
          </li>
        );
      })}
    </ul>
  );
}

/** Chair: set up the committee and close a proposal's no-objection period. */
export function ChairCommitteePanel({
  state,
  command,
}: {
  state: CouncilState;
  command: (c: SessionCommand) => void;
}) {
  const { t } = useI18n();
  const committee = Object.values(state.committees.committees)[0];
  return (
    <section aria-labelledby="committee-h">
      <h2 id="committee-h">{t('committee.title')}</h2>
      {!committee ? (
        <button
          type="button"
          onClick={() =>
            command({
              type: 'EstablishCommittee',
              committeeId: '1718',
              regime: 'DPRK',
              referencePrefixes: { individual: 'KPi', entity: 'KPe' },
              establishedBy: 'S/RES/1718 (2006)',
            })
          }
        >
          {t('committee.establish')}
        </button>
      ) : (
        <>
          <p>
            {committee.regime} · {committee.establishedBy}
          </p>
          <ProposalList
            state={state}
            actions={(p) =>
              p.status === 'pending' && (
                <button
                  type="button"
                  onClick={() =>
                    command({ type: 'ConcludeNoObjectionProcedure', proposalId: p.id })
                  }
                >
                  {t('committee.conclude')}
                </button>
              )
            }
          />
        </>
      )}
    </section>
  );
}

/** A delegation: propose a listing, place or lift its own hold. */
export function DelegationCommitteePanel({
  state,
  member,
  act,
}: {
  state: CouncilState;
  member: string;
  act: (c: SessionCommand) => void;
}) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'individual' | 'entity'>('individual');
  const committee = Object.values(state.committees.committees)[0];
  if (!committee) return null;
  const self = memberName(state, member);
  return (
    <section aria-labelledby="d-committee-h" className="phone-committee">
      <h2 id="d-committee-h">{t('committee.title')}</h2>
      <ProposalList
        state={state}
        actions={(p) => {
          if (p.status !== 'pending') return null;
          const mine = p.holds.find((h) => h.member === member && h.status === 'standing');
          return mine ? (
            <button
              type="button"
              aria-label={t('live.liftHoldAria', { member: self })}
              onClick={() => act({ type: 'LiftHold', proposalId: p.id })}
            >
              {t('live.liftHold')}
            </button>
          ) : (
            <button
              type="button"
              aria-label={t('live.holdAria', { member: self })}
              onClick={() => act({ type: 'PlaceHold', proposalId: p.id, reason: 'technical' })}
            >
              {t('live.hold')}
            </button>
          );
        }}
      />
      <details>
        <summary>{t('committee.propose')}</summary>
        <div className="form-grid">
          <label>
            {t('committee.subjectName')}{' '}
            <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
          </label>
          <label>
            {t('committee.subjectKind')}{' '}
            <select
              value={kind}
              onChange={(e) => setKind(e.target.value as 'individual' | 'entity')}
            >
              <option value="individual">{t('committee.individual')}</option>
              <option value="entity">{t('committee.entity')}</option>
            </select>
          </label>
          <button
            type="button"
            disabled={!name.trim()}
            onClick={() => {
              act({
                type: 'ProposeListing',
                committeeId: committee.id,
                proposalId: shortId('proposal'),
                subjects: [{ kind, name: name.trim() }],
              });
              setName('');
            }}
          >
            {t('committee.propose')}
          </button>
        </div>
      </details>
    </section>
  );
}
