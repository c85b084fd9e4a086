/**
 * decideCommittee: checks a committee command against the state and the rules and returns the events
 * it causes, or a rejection naming the rule. Pure: the date comes from `meta.at`, the membership from
 * the `council` passed in.
 */
import type {
  Committee,
  CommitteeCommand,
  CommitteeConfig,
  CommitteeCouncil,
  CommitteeDecision,
  CommitteeEvent,
  CommitteesState,
  Hold,
  ListingSubject,
  Proposal,
} from './types.ts';
import { committeeConfig } from './config.ts';
import { dayOf } from './calendar.ts';
import { isIsoDate } from '../dates.ts';
import { actingDelegationRule, actingMember } from './rules/acting-delegation.ts';
import { chairRule, isChair } from './rules/chair.ts';
import { committeeOfTheWholeRule, isCommitteeMember } from './rules/committee-of-the-whole.ts';
import { canStillObject, consensusRule } from './rules/consensus.ts';
import {
  extendedLapseDate,
  extensionRefusal,
  holdLapseDate,
  holdTimeLimitRule,
} from './rules/hold-time-limit.ts';
import { holdsRule, remainingWhenStopped, resumedDeadline, standingHolds } from './rules/holds.ts';
import { nationalDesignationsRule } from './rules/national-designations.ts';
import {
  noObjectionDeadline,
  noObjectionProcedureRule,
  periodHasRunOut,
} from './rules/no-objection-procedure.ts';
import { nextReferences, referenceNumbersRule } from './rules/reference-numbers.ts';
import { resolutionListingRule } from './rules/resolution-listing.ts';

const INPUT_RULE = 'command-shape';

function reject(code: string, ruleId: string, message: string): CommitteeDecision {
  return { ok: false, rejection: { code, ruleId, message } };
}

function accept(events: CommitteeEvent[]): CommitteeDecision {
  return { ok: true, events };
}

/** Decides one committee command. */
export function decideCommittee(
  state: CommitteesState,
  command: CommitteeCommand,
  council: CommitteeCouncil,
): CommitteeDecision {
  const day = dayOf(command.meta?.at ?? '');
  if (day === undefined) {
    return reject(
      'bad-date',
      INPUT_RULE,
      `meta.at must be an ISO date or timestamp, got "${command.meta?.at}"`,
    );
  }
  const actor = command.meta.actor;
  if (actor?.role === 'delegation' && command.type !== 'RecordNationalDesignation') {
    if (!isCommitteeMember(council, actor.member)) {
      return reject(
        'not-a-member',
        committeeOfTheWholeRule.id,
        `${actor.member} does not sit on the Council on ${day}, so it is not on the committee`,
      );
    }
  } else if (actor?.role !== 'chair' && actor?.role !== 'delegation') {
    return reject(
      'bad-actor',
      INPUT_RULE,
      'meta.actor must be {role:"chair"} or {role:"delegation", member}',
    );
  }

  switch (command.type) {
    case 'EstablishCommittee':
      return establish(state, command, council, day);
    case 'AppointCommitteeChair': {
      const committee = state.committees[command.committeeId];
      if (!committee) return unknownCommittee(command.committeeId);
      if (!isCommitteeMember(council, command.chair)) {
        return reject(
          'chair-not-member',
          chairRule.id,
          `${command.chair} is not a Council member on ${day}`,
        );
      }
      return accept([
        {
          type: 'CommitteeChairAppointed',
          committeeId: committee.id,
          chair: command.chair,
          on: day,
        },
      ]);
    }
    case 'ProposeListing':
    case 'ProposeDelisting':
      return propose(state, command, council, day);
    case 'ObjectToProposal':
    case 'PlaceHold':
    case 'LiftHold':
    case 'ExtendHold':
      return actOnProposal(state, command, council, day);
    case 'ConcludeNoObjectionProcedure':
      return conclude(state, command.proposalId, command.meta.actor, day);
    case 'ListByResolution': {
      const committee = state.committees[command.committeeId];
      if (!committee) return unknownCommittee(command.committeeId);
      if (command.outcome !== 'adopted') {
        return reject(
          'resolution-not-adopted',
          resolutionListingRule.id,
          `${command.resolution} was ${command.outcome}; its annex lists nobody`,
        );
      }
      const bad = subjectsProblem(command.subjects);
      if (bad) return reject('bad-subjects', INPUT_RULE, bad);
      const refs = nextReferences(committee, command.subjects);
      return accept(
        command.subjects.map((subject, i) => ({
          type: 'EntryListed',
          committeeId: committee.id,
          regime: committee.regime,
          referenceNumber: refs[i] ?? '',
          subject,
          on: day,
          route: 'resolution',
          source: command.resolution,
        })),
      );
    }
    case 'RecordNationalDesignation': {
      if (actor.role !== 'delegation' || actor.member !== command.state) {
        return reject(
          'acting-for-another',
          actingDelegationRule.id,
          `only ${command.state}'s own delegation may record its national designation`,
        );
      }
      if (state.nationalDesignations[command.designationId]) {
        return reject(
          'duplicate-id',
          nationalDesignationsRule.id,
          `designation ${command.designationId} already exists`,
        );
      }
      const bad = subjectsProblem(command.subjects);
      if (bad) return reject('bad-subjects', INPUT_RULE, bad);
      return accept([
        {
          type: 'NationalDesignationRecorded',
          designationId: command.designationId,
          state: command.state,
          authority: command.authority,
          subjects: command.subjects,
          on: day,
        },
      ]);
    }
    default: {
      const unknown: { type?: unknown } = command;
      return reject(
        'unknown-command',
        INPUT_RULE,
        `not a committee command: ${String(unknown.type)}`,
      );
    }
  }
}

function unknownCommittee(id: string): CommitteeDecision {
  return reject(
    'unknown-committee',
    committeeOfTheWholeRule.id,
    `no committee ${id} has been established`,
  );
}

function subjectsProblem(subjects: readonly ListingSubject[]): string | undefined {
  if (!Array.isArray(subjects) || subjects.length === 0) return 'at least one subject is needed';
  for (const s of subjects) {
    if (s.kind !== 'individual' && s.kind !== 'entity')
      return `subject kind must be individual or entity`;
    if (typeof s.name !== 'string' || s.name.trim() === '') return 'every subject needs a name';
  }
  return undefined;
}

function configProblem(config: CommitteeConfig): string | undefined {
  const whole = (n: number, min: number): boolean => Number.isInteger(n) && n >= min;
  if (!whole(config.noObjectionDays, 1))
    return 'noObjectionDays must be a whole number of at least 1';
  if (!whole(config.holdMonths, 1)) return 'holdMonths must be a whole number of at least 1';
  if (!whole(config.extensionMonths, 0)) return 'extensionMonths must be a whole number';
  if (!whole(config.extensionExtraDays, 0)) return 'extensionExtraDays must be a whole number';
  if (!whole(config.maxExtensions, 0)) return 'maxExtensions must be a whole number';
  const badHoliday = config.holidays.find((h) => !isIsoDate(h));
  if (badHoliday !== undefined) return `holiday "${badHoliday}" is not a YYYY-MM-DD date`;
  return undefined;
}

function establish(
  state: CommitteesState,
  command: Extract<CommitteeCommand, { type: 'EstablishCommittee' }>,
  council: CommitteeCouncil,
  day: string,
): CommitteeDecision {
  if (state.committees[command.committeeId]) {
    return reject(
      'duplicate-id',
      committeeOfTheWholeRule.id,
      `committee ${command.committeeId} already exists`,
    );
  }
  if (command.chair !== undefined && !isCommitteeMember(council, command.chair)) {
    return reject(
      'chair-not-member',
      chairRule.id,
      `${command.chair} is not a Council member on ${day}`,
    );
  }
  const config = committeeConfig(command.config);
  const bad = configProblem(config);
  if (bad) return reject('bad-config', INPUT_RULE, bad);
  return accept([
    {
      type: 'CommitteeEstablished',
      committeeId: command.committeeId,
      regime: command.regime,
      referencePrefixes: command.referencePrefixes,
      establishedBy: command.establishedBy,
      chair: command.chair ?? null,
      config,
      lastReference: command.lastReference ?? { individual: 0, entity: 0 },
      on: day,
    },
  ]);
}

function propose(
  state: CommitteesState,
  command: Extract<CommitteeCommand, { type: 'ProposeListing' | 'ProposeDelisting' }>,
  council: CommitteeCouncil,
  day: string,
): CommitteeDecision {
  const who = actingMember(command.meta.actor, council);
  if (!who.ok) return reject(who.code, actingDelegationRule.id, who.message);
  const committee = state.committees[command.committeeId];
  if (!committee) return unknownCommittee(command.committeeId);
  if (state.proposals[command.proposalId]) {
    return reject(
      'duplicate-id',
      noObjectionProcedureRule.id,
      `proposal ${command.proposalId} already exists`,
    );
  }
  const deadline = noObjectionDeadline(
    day,
    committee.config.noObjectionDays,
    committee.config.holidays,
  );
  if (command.type === 'ProposeListing') {
    const bad = subjectsProblem(command.subjects);
    if (bad) return reject('bad-subjects', INPUT_RULE, bad);
    return accept([
      {
        type: 'ListingProposed',
        committeeId: committee.id,
        proposalId: command.proposalId,
        proposer: who.member,
        subjects: command.subjects,
        circulatedOn: day,
        deadline,
      },
    ]);
  }
  if (!Array.isArray(command.referenceNumbers) || command.referenceNumbers.length === 0) {
    return reject('bad-references', INPUT_RULE, 'at least one reference number is needed');
  }
  for (const ref of command.referenceNumbers) {
    const entry = state.unList[ref];
    if (!entry || entry.committeeId !== committee.id || entry.delistedOn !== null) {
      return reject(
        'not-listed',
        referenceNumbersRule.id,
        `${ref} is not on committee ${committee.id}'s list`,
      );
    }
  }
  return accept([
    {
      type: 'DelistingProposed',
      committeeId: committee.id,
      proposalId: command.proposalId,
      proposer: who.member,
      referenceNumbers: command.referenceNumbers,
      circulatedOn: day,
      deadline,
    },
  ]);
}

/** Checks shared by acts on a pending proposal: it exists, is pending, time runs forward, no hold has run out. */
function pendingProposal(
  state: CommitteesState,
  proposalId: string,
  day: string,
):
  | { ok: true; proposal: Proposal; committee: Committee }
  | { ok: false; decision: CommitteeDecision } {
  const proposal = state.proposals[proposalId];
  if (!proposal) {
    return {
      ok: false,
      decision: reject(
        'unknown-proposal',
        noObjectionProcedureRule.id,
        `no proposal ${proposalId}`,
      ),
    };
  }
  const committee = state.committees[proposal.committeeId];
  if (!committee) return { ok: false, decision: unknownCommittee(proposal.committeeId) };
  if (proposal.status !== 'pending') {
    return {
      ok: false,
      decision: reject(
        'not-pending',
        noObjectionProcedureRule.id,
        `proposal ${proposalId} is ${proposal.status} since ${proposal.closedOn}`,
      ),
    };
  }
  if (day < proposal.lastActOn) {
    return {
      ok: false,
      decision: reject(
        'out-of-order',
        INPUT_RULE,
        `${day} is before the latest act on proposal ${proposalId} (${proposal.lastActOn})`,
      ),
    };
  }
  const runOut = standingHolds(proposal).find((h) => h.lapsesOn <= day);
  if (runOut) {
    return {
      ok: false,
      decision: reject(
        'hold-ran-out',
        holdTimeLimitRule.id,
        `the hold of ${runOut.member} ran out on ${runOut.lapsesOn}; the Chair must conclude the procedure first`,
      ),
    };
  }
  return { ok: true, proposal, committee };
}

function actOnProposal(
  state: CommitteesState,
  command: Extract<
    CommitteeCommand,
    { type: 'ObjectToProposal' | 'PlaceHold' | 'LiftHold' | 'ExtendHold' }
  >,
  council: CommitteeCouncil,
  day: string,
): CommitteeDecision {
  const who = actingMember(command.meta.actor, council);
  if (!who.ok) return reject(who.code, actingDelegationRule.id, who.message);
  const found = pendingProposal(state, command.proposalId, day);
  if (!found.ok) return found.decision;
  const { proposal, committee } = found;
  const config = committee.config;
  const member = who.member;

  switch (command.type) {
    case 'ObjectToProposal':
      if (!canStillObject(proposal, day)) {
        return reject(
          'period-over',
          consensusRule.id,
          `the objection period ended on ${proposal.deadline}`,
        );
      }
      return accept([
        { type: 'ObjectionRaised', proposalId: proposal.id, member, on: day },
        { type: 'ProposalRejected', proposalId: proposal.id, objectedBy: member, on: day },
      ]);
    case 'PlaceHold': {
      if (command.reason !== 'technical' && command.reason !== 'substantive') {
        return reject('bad-reason', INPUT_RULE, 'a hold reason is "technical" or "substantive"');
      }
      if (proposal.deadline !== null && day > proposal.deadline) {
        return reject(
          'period-over',
          holdsRule.id,
          `the objection period ended on ${proposal.deadline}`,
        );
      }
      if (standingHolds(proposal).some((h) => h.member === member)) {
        return reject(
          'already-held',
          holdsRule.id,
          `${member} already holds proposal ${proposal.id}`,
        );
      }
      return accept([
        {
          type: 'HoldPlaced',
          proposalId: proposal.id,
          member,
          reason: command.reason,
          on: day,
          lapsesOn: holdLapseDate(day, config),
          remainingDays: remainingWhenStopped(proposal, day, config.holidays),
        },
      ]);
    }
    case 'LiftHold': {
      const standing = standingHolds(proposal);
      if (!standing.some((h) => h.member === member)) {
        return reject(
          'no-hold',
          holdsRule.id,
          `${member} has no standing hold on proposal ${proposal.id}`,
        );
      }
      const last = standing.length === 1;
      return accept([
        {
          type: 'HoldLifted',
          proposalId: proposal.id,
          member,
          on: day,
          resumedDeadline: last
            ? resumedDeadline(day, proposal.remainingDays, config.holidays)
            : null,
        },
      ]);
    }
    case 'ExtendHold': {
      const hold = standingHolds(proposal).find((h) => h.member === command.holder);
      if (!hold) {
        return reject(
          'no-hold',
          holdTimeLimitRule.id,
          `${command.holder} has no standing hold on ${proposal.id}`,
        );
      }
      const refusal = extensionRefusal(hold, member, day, config);
      if (refusal) return reject('extension-refused', holdTimeLimitRule.id, refusal);
      return accept([
        {
          type: 'HoldExtended',
          proposalId: proposal.id,
          holder: hold.member,
          extendedBy: member,
          on: day,
          lapsesOn: extendedLapseDate(hold, config),
        },
      ]);
    }
  }
}

function conclude(
  state: CommitteesState,
  proposalId: string,
  actor: CommitteeCommand['meta']['actor'],
  day: string,
): CommitteeDecision {
  if (!isChair(actor)) {
    return reject(
      'not-the-chair',
      chairRule.id,
      'only the Chair concludes a no-objection procedure',
    );
  }
  const proposal = state.proposals[proposalId];
  if (!proposal)
    return reject('unknown-proposal', noObjectionProcedureRule.id, `no proposal ${proposalId}`);
  const committee = state.committees[proposal.committeeId];
  if (!committee) return unknownCommittee(proposal.committeeId);
  if (proposal.status !== 'pending') {
    return reject(
      'not-pending',
      noObjectionProcedureRule.id,
      `proposal ${proposalId} is ${proposal.status}`,
    );
  }
  if (day < proposal.lastActOn) {
    return reject(
      'out-of-order',
      INPUT_RULE,
      `${day} is before the latest act on proposal ${proposalId}`,
    );
  }
  const config = committee.config;
  const events: CommitteeEvent[] = [];
  let holds: Hold[] = standingHolds(proposal);
  let deadline = proposal.deadline;
  // Let holds run out in date order up to the day of conclusion.
  while (holds.length > 0) {
    const first = holds.reduce((a, b) => (b.lapsesOn < a.lapsesOn ? b : a));
    if (first.lapsesOn > day) {
      const names = holds.map((h) => `${h.member} (${h.reason}, lapses ${h.lapsesOn})`).join(', ');
      return reject('on-hold', holdsRule.id, `proposal ${proposalId} is on hold by ${names}`);
    }
    const lapsing = holds.filter((h) => h.lapsesOn === first.lapsesOn);
    holds = holds.filter((h) => h.lapsesOn !== first.lapsesOn);
    if (config.atHoldEnd === 'remove-proposal') {
      for (const h of lapsing) {
        events.push({
          type: 'HoldLapsed',
          proposalId,
          member: h.member,
          on: h.lapsesOn,
          resumedDeadline: null,
        });
      }
      events.push({
        type: 'ProposalRemoved',
        proposalId,
        on: first.lapsesOn,
        reason: 'hold-expired',
        holder: first.member,
      });
      return accept(events);
    }
    lapsing.forEach((h, i) => {
      const lastOne = holds.length === 0 && i === lapsing.length - 1;
      const resumed = lastOne
        ? resumedDeadline(h.lapsesOn, proposal.remainingDays, config.holidays)
        : null;
      if (resumed !== null) deadline = resumed;
      events.push({
        type: 'HoldLapsed',
        proposalId,
        member: h.member,
        on: h.lapsesOn,
        resumedDeadline: resumed,
      });
    });
  }
  if (deadline === null || !periodHasRunOut({ ...proposal, deadline }, day)) {
    return reject(
      'before-deadline',
      noObjectionProcedureRule.id,
      `the objection period of proposal ${proposalId} runs to ${deadline}; conclude from the next day`,
    );
  }
  events.push({ type: 'ProposalAdopted', proposalId, on: day });
  if (proposal.kind === 'listing') {
    const refs = nextReferences(committee, proposal.subjects);
    proposal.subjects.forEach((subject, i) => {
      events.push({
        type: 'EntryListed',
        committeeId: committee.id,
        regime: committee.regime,
        referenceNumber: refs[i] ?? '',
        subject,
        on: day,
        route: 'committee',
        source: proposalId,
      });
    });
  } else {
    for (const ref of proposal.referenceNumbers) {
      events.push({
        type: 'EntryDelisted',
        committeeId: committee.id,
        referenceNumber: ref,
        on: day,
        proposalId,
      });
    }
  }
  return accept(events);
}
