/**
 * evolveCommittee: applies one committee event to the state. Events are facts already decided, so
 * evolve never rejects; it ignores events about things it does not know (they cannot arise from
 * decideCommittee).
 */
import type { CommitteeEvent, CommitteesState, Hold, Proposal } from './types.ts';
import { serialOf } from './rules/reference-numbers.ts';

/** The empty state: no committees, proposals or listings yet. */
export function initialCommitteesState(): CommitteesState {
  return { committees: {}, proposals: {}, unList: {}, nationalDesignations: {} };
}

function withProposal(
  state: CommitteesState,
  id: string,
  change: (p: Proposal) => Proposal,
): CommitteesState {
  const p = state.proposals[id];
  if (!p) return state;
  return { ...state, proposals: { ...state.proposals, [id]: change(p) } };
}

function withHold(p: Proposal, member: string, change: (h: Hold) => Hold): Proposal {
  return {
    ...p,
    holds: p.holds.map((h) => (h.member === member && h.status === 'standing' ? change(h) : h)),
  };
}

/** Applies one event. */
export function evolveCommittee(state: CommitteesState, event: CommitteeEvent): CommitteesState {
  switch (event.type) {
    case 'CommitteeEstablished':
      return {
        ...state,
        committees: {
          ...state.committees,
          [event.committeeId]: {
            id: event.committeeId,
            regime: event.regime,
            referencePrefixes: event.referencePrefixes,
            establishedBy: event.establishedBy,
            establishedOn: event.on,
            chair: event.chair,
            config: event.config,
            lastReference: event.lastReference,
          },
        },
      };
    case 'CommitteeChairAppointed': {
      const c = state.committees[event.committeeId];
      if (!c) return state;
      return {
        ...state,
        committees: { ...state.committees, [c.id]: { ...c, chair: event.chair } },
      };
    }
    case 'ListingProposed':
    case 'DelistingProposed': {
      const proposal: Proposal = {
        id: event.proposalId,
        committeeId: event.committeeId,
        kind: event.type === 'ListingProposed' ? 'listing' : 'delisting',
        proposer: event.proposer,
        subjects: event.type === 'ListingProposed' ? event.subjects : [],
        referenceNumbers: event.type === 'DelistingProposed' ? event.referenceNumbers : [],
        circulatedOn: event.circulatedOn,
        deadline: event.deadline,
        remainingDays: 0,
        holds: [],
        status: 'pending',
        closedOn: null,
        lastActOn: event.circulatedOn,
      };
      return { ...state, proposals: { ...state.proposals, [proposal.id]: proposal } };
    }
    case 'ObjectionRaised':
      return withProposal(state, event.proposalId, (p) => ({ ...p, lastActOn: event.on }));
    case 'ProposalRejected':
      return withProposal(state, event.proposalId, (p) => ({
        ...p,
        status: 'rejected',
        closedOn: event.on,
        lastActOn: event.on,
      }));
    case 'HoldPlaced':
      return withProposal(state, event.proposalId, (p) => ({
        ...p,
        deadline: null,
        remainingDays: event.remainingDays,
        lastActOn: event.on,
        holds: [
          ...p.holds,
          {
            member: event.member,
            reason: event.reason,
            placedOn: event.on,
            lapsesOn: event.lapsesOn,
            extensions: [],
            status: 'standing',
            endedOn: null,
          },
        ],
      }));
    case 'HoldLifted':
    case 'HoldLapsed':
      return withProposal(state, event.proposalId, (p) => {
        const q = withHold(p, event.member, (h) => ({
          ...h,
          status: event.type === 'HoldLifted' ? 'lifted' : 'lapsed',
          endedOn: event.on,
        }));
        return {
          ...q,
          deadline: event.resumedDeadline ?? q.deadline,
          lastActOn: event.on > q.lastActOn ? event.on : q.lastActOn,
        };
      });
    case 'HoldExtended':
      return withProposal(state, event.proposalId, (p) => ({
        ...withHold(p, event.holder, (h) => ({
          ...h,
          lapsesOn: event.lapsesOn,
          extensions: [...h.extensions, { by: event.extendedBy, on: event.on }],
        })),
        lastActOn: event.on,
      }));
    case 'ProposalRemoved':
    case 'ProposalAdopted':
      return withProposal(state, event.proposalId, (p) => ({
        ...p,
        status: event.type === 'ProposalRemoved' ? 'removed' : 'adopted',
        closedOn: event.on,
        lastActOn: event.on > p.lastActOn ? event.on : p.lastActOn,
      }));
    case 'EntryListed': {
      const c = state.committees[event.committeeId];
      if (!c) return state;
      const kind = event.subject.kind;
      const serial = serialOf(event.referenceNumber, c.referencePrefixes[kind]) ?? 0;
      const lastReference = { ...c.lastReference, [kind]: Math.max(c.lastReference[kind], serial) };
      return {
        ...state,
        committees: { ...state.committees, [c.id]: { ...c, lastReference } },
        unList: {
          ...state.unList,
          [event.referenceNumber]: {
            referenceNumber: event.referenceNumber,
            committeeId: event.committeeId,
            regime: event.regime,
            subject: event.subject,
            listedOn: event.on,
            route: event.route,
            source: event.source,
            delistedOn: null,
          },
        },
      };
    }
    case 'EntryDelisted': {
      const entry = state.unList[event.referenceNumber];
      if (!entry) return state;
      return {
        ...state,
        unList: { ...state.unList, [entry.referenceNumber]: { ...entry, delistedOn: event.on } },
      };
    }
    case 'NationalDesignationRecorded':
      return {
        ...state,
        nationalDesignations: {
          ...state.nationalDesignations,
          [event.designationId]: {
            id: event.designationId,
            state: event.state,
            authority: event.authority,
            subjects: event.subjects,
            designatedOn: event.on,
          },
        },
      };
  }
}
