/**
 * The rule catalogue: every rule the engine applies, with its source, for the CLI, the web app and docs.
 */
import { compositionRule } from './composition.ts';
import { presidencyRule } from './presidency-rotation.ts';
import { presidency1946Rule } from './presidency-1946.ts';
import { requiredMajorityRule } from './required-majority.ts';
import { vetoRule } from './veto.ts';
import { votingOutcomeRule } from './voting-outcome.ts';
import { proceduralMattersRule } from './procedural-matters.ts';
import { obligatoryAbstentionRule } from './obligatory-abstention.ts';
import { preliminaryQuestionRule } from './preliminary-question.ts';
import { unWorkingDaysRule } from './un-working-days.ts';
import { gaVetoDebateRule } from './ga-veto-debate.ts';
import { meetingRequestsRule } from './meeting-requests.ts';
import { meetingFormatsRule } from './meeting-formats.ts';
import { agendaRule } from './agenda.ts';
import { participationRule } from './participation.ts';
import { consensusRule } from './consensus.ts';
import { silenceProcedureRule } from './silence-procedure.ts';
import { draftLifecycleRule } from './draft-lifecycle.ts';
import { amendmentsRule } from './amendments.ts';
import { separateVotingRule } from './separate-voting.ts';
import { groupStatementsRule } from './group-statements.ts';
import { speakersRule } from './speakers.ts';
import { accessRule } from '../access.ts';
import {
  committeeOfTheWholeRule,
  actingDelegationRule,
  consensusRule as committeeConsensusRule,
  chairRule,
  noObjectionProcedureRule,
  holdsRule,
  holdTimeLimitRule,
  referenceNumbersRule,
  resolutionListingRule,
  nationalDesignationsRule,
} from '../committee/index.ts';

/** A rule's identity card. */
export interface RuleInfo {
  readonly id: string;
  readonly source: string;
  readonly summary: string;
}

/** Every rule, by id. */
export const RULES: Readonly<Record<string, RuleInfo>> = Object.fromEntries(
  [
    compositionRule,
    presidencyRule,
    presidency1946Rule,
    requiredMajorityRule,
    vetoRule,
    votingOutcomeRule,
    proceduralMattersRule,
    obligatoryAbstentionRule,
    preliminaryQuestionRule,
    unWorkingDaysRule,
    gaVetoDebateRule,
    meetingRequestsRule,
    meetingFormatsRule,
    agendaRule,
    participationRule,
    consensusRule,
    silenceProcedureRule,
    draftLifecycleRule,
    amendmentsRule,
    separateVotingRule,
    groupStatementsRule,
    speakersRule,
    accessRule,
    committeeOfTheWholeRule,
    actingDelegationRule,
    committeeConsensusRule,
    chairRule,
    noObjectionProcedureRule,
    holdsRule,
    holdTimeLimitRule,
    referenceNumbersRule,
    resolutionListingRule,
    nationalDesignationsRule,
    {
      id: 'session',
      source: 'Council engine',
      summary: 'A session starts once, before any other command.',
    },
    {
      id: 'protocol',
      source: 'Council engine',
      summary: 'Commands are JSON objects with a known type and meta.',
    },
  ].map((r) => [r.id, r]),
);
