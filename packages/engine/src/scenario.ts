/**
 * Scenarios: a sourced event log of a historical episode, replayed through the engine. Pure: the caller
 * reads the files and passes their text and the membership table in.
 *
 * A scenario is `scenario.json` (id, title, start date, holidays) and `events.jsonl`, one object a line:
 * - `{"at", "source", "command": {...}, "actor"?, "note"?}`: an act, decided by the engine;
 * - `{"at", "source", "fact"}`: a sourced fact that is not an act of the Council (a missile launch);
 * - `{"at", "conflict": {"id", "topic", "claims": [{"by", "claim", "source"}], "finding"}}`: sources disagree.
 * Before each act the runner seats the Council of that date (composition and President) from the table.
 */
import type { Actor, BodySpec } from './commands.ts';
import type { MembershipTable } from './membership.ts';
import type { CouncilState } from './state.ts';
import type { EngineCommand } from './decide.ts';
import type { EngineEvent } from './evolve.ts';
import type { Rejection } from './rejections.ts';
import { decide } from './decide.ts';
import { evolve } from './evolve.ts';
import { initialState } from './state.ts';
import { councilOn } from './council.ts';
import { stateName } from './membership.ts';
import { describeResult, formatTally } from './format.ts';
import { RULES } from './rules/index.ts';
import { isIsoDate } from './dates.ts';
import { isCommitteeEvent } from './committee/queries.ts';
import type { CommitteeEvent } from './committee/types.ts';

export interface ScenarioSpec {
  readonly id: string;
  readonly title: string;
  readonly start: string;
  readonly holidays?: readonly string[];
  readonly holidaysSource?: string;
}

export interface ScenarioClaim {
  readonly by: string;
  readonly claim: string;
  readonly source: string;
}

export interface ScenarioConflict {
  readonly id: string;
  readonly topic: string;
  readonly claims: readonly ScenarioClaim[];
  readonly finding: string;
}

export type ScenarioLine =
  | {
      readonly kind: 'command';
      readonly line: number;
      readonly at: string;
      readonly source: string;
      readonly note?: string;
      readonly actor?: Actor;
      readonly command: Record<string, unknown>;
    }
  | {
      readonly kind: 'fact';
      readonly line: number;
      readonly at: string;
      readonly source: string;
      readonly fact: string;
    }
  | {
      readonly kind: 'conflict';
      readonly line: number;
      readonly at: string;
      readonly conflict: ScenarioConflict;
    };

/** A problem in a scenario file, with its line number. */
export interface ScenarioProblem {
  readonly line: number;
  readonly message: string;
}

/** Parses events.jsonl text into lines, or the problems found (every line is checked). */
export function parseScenarioLines(
  text: string,
): { ok: true; lines: ScenarioLine[] } | { ok: false; problems: ScenarioProblem[] } {
  const lines: ScenarioLine[] = [];
  const problems: ScenarioProblem[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(raw) as Record<string, unknown>;
    } catch (error) {
      problems.push({
        line,
        message: `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      });
      return;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj))
      return void problems.push({ line, message: 'not a JSON object' });
    const at = obj['at'];
    if (typeof at !== 'string' || !isIsoDate(at.slice(0, 10)))
      return void problems.push({
        line,
        message: "missing or invalid 'at' (an ISO date or timestamp)",
      });
    if (obj['conflict'] !== undefined) {
      const c = obj['conflict'] as ScenarioConflict;
      if (typeof c.id !== 'string' || !Array.isArray(c.claims) || c.claims.length < 2)
        return void problems.push({
          line,
          message: 'a conflict has an id and at least two claims',
        });
      if (c.claims.some((x) => typeof x.source !== 'string' || x.source === ''))
        return void problems.push({ line, message: 'every claim of a conflict names its source' });
      lines.push({ kind: 'conflict', line, at, conflict: c });
      return;
    }
    const source = obj['source'];
    if (typeof source !== 'string' || source === '')
      return void problems.push({ line, message: "every event carries its 'source'" });
    if (typeof obj['fact'] === 'string')
      return void lines.push({ kind: 'fact', line, at, source, fact: obj['fact'] });
    const command = obj['command'];
    if (
      typeof command !== 'object' ||
      command === null ||
      typeof (command as { type?: unknown }).type !== 'string'
    )
      return void problems.push({
        line,
        message: "a line holds a 'command' with a 'type', a 'fact', or a 'conflict'",
      });
    lines.push({
      kind: 'command',
      line,
      at,
      source,
      command: command as Record<string, unknown>,
      ...(typeof obj['note'] === 'string' ? { note: obj['note'] } : {}),
      ...(obj['actor'] !== undefined ? { actor: obj['actor'] as Actor } : {}),
    });
  });
  return problems.length ? { ok: false, problems } : { ok: true, lines };
}

/** One entry of a replay's timeline. */
export interface TimelineEntry {
  readonly at: string;
  readonly kind:
    'event' | 'decision' | 'fact' | 'conflict' | 'rejection' | 'presidency' | 'composition';
  readonly text: string;
  readonly source?: string;
  readonly line?: number;
  readonly type?: string;
  readonly ruleId?: string;
  readonly rule?: string;
  readonly outcome?: string;
}

/** What a replay produced: its timeline, the final state, and a summary to compare with the expected file. */
export interface ScenarioRun {
  readonly timeline: TimelineEntry[];
  readonly state: CouncilState;
  readonly events: EngineEvent[];
  readonly conflicts: ScenarioConflict[];
  readonly rejections: { line: number; rejection: Rejection }[];
  readonly summary: ScenarioSummary;
}

/** The outcome of every draft, statement, meeting, proposal and debate: what expected.json records. */
export interface ScenarioSummary {
  readonly drafts: Record<
    string,
    {
      kind: string;
      symbol?: string;
      status: string;
      votedOn: boolean;
      tally?: string;
      vetoedBy?: string[];
      permanentAgainst?: string[];
      objectors?: string[];
    }
  >;
  readonly groupStatements: Record<
    string,
    {
      signatories: string[];
      councilMembersNotSigning: string[];
      othersSigning: string[];
      councilProduct: false;
    }
  >;
  readonly meetings: Record<
    string,
    {
      format: string;
      date: string;
      requestedBy: string[];
      president: string;
      councilMeeting: boolean;
    }
  >;
  readonly gaDebates: { draftId: string; vetoDate: string; dueBy: string; vetoedBy: string[] }[];
  readonly proposals: Record<
    string,
    {
      status: string;
      holds: { member: string; reason: string; status: string; lapsesOn: string }[];
    }
  >;
  readonly conflicts: string[];
  readonly rejections: { line: number; code: string }[];
}

function bodyFor(table: MembershipTable, date: string): BodySpec {
  const c = councilOn(table, date);
  return { name: 'Security Council', date, members: c.members, president: c.president };
}

function ruleText(ruleId: string | undefined): string | undefined {
  if (!ruleId) return undefined;
  const r = RULES[ruleId];
  return r ? `${r.id} (${r.source})` : ruleId;
}

/** Replays a scenario through the engine. */
export function runScenario(
  spec: ScenarioSpec,
  lines: readonly ScenarioLine[],
  table: MembershipTable,
): ScenarioRun {
  let state = initialState();
  const timeline: TimelineEntry[] = [];
  const events: EngineEvent[] = [];
  const conflicts: ScenarioConflict[] = [];
  const rejections: { line: number; rejection: Rejection }[] = [];
  const name = (code: string, date: string) => stateName(table, code, date);
  const meetingPresidents: Record<string, string> = {};

  const apply = (command: EngineCommand, line: number, source: string | undefined) => {
    const decision = decide(state, command);
    if (!decision.ok) {
      rejections.push({ line, rejection: decision.rejection });
      timeline.push({
        at: (command.meta as { at: string }).at,
        kind: 'rejection',
        line,
        text: `Rejected ${command.type}: ${decision.rejection.message}`,
        ruleId: decision.rejection.ruleId,
        ...(ruleText(decision.rejection.ruleId)
          ? { rule: ruleText(decision.rejection.ruleId) as string }
          : {}),
        ...(source ? { source } : {}),
      });
      return;
    }
    for (const ev of decision.events) {
      const before = state;
      state = evolve(state, ev);
      events.push(ev);
      const at = (command.meta as { at: string }).at;
      const entry = describe(ev, before, state, at, name);
      if (entry) timeline.push({ ...entry, line, ...(source ? { source } : {}) });
      if (!isCommitteeEvent(ev) && ev.type === 'MeetingRequested')
        meetingPresidents[ev.data.meetingId] = '';
      if (!isCommitteeEvent(ev) && ev.type === 'MeetingConvened')
        meetingPresidents[ev.data.meetingId] = state.session?.body.president ?? '';
    }
  };

  const startAt = spec.start;
  apply(
    {
      type: 'StartSession',
      sessionId: spec.id,
      title: spec.title,
      body: bodyFor(table, startAt),
      holidays: spec.holidays ?? [],
      meta: { at: startAt, commandId: 'start', actor: { role: 'record' } },
    },
    0,
    'membership table',
  );

  for (const l of lines) {
    const date = l.at.slice(0, 10);
    const body = state.session?.body;
    if (body && date.slice(0, 7) !== body.date.slice(0, 7) && date > body.date) {
      apply(
        {
          type: 'UpdateBody',
          body: bodyFor(table, date.slice(0, 7) + '-01'),
          meta: {
            at: date.slice(0, 7) + '-01',
            commandId: `body-${date.slice(0, 7)}`,
            actor: { role: 'record' },
          },
        },
        l.line,
        'membership table',
      );
    }
    if (l.kind === 'fact') {
      timeline.push({ at: l.at, kind: 'fact', line: l.line, text: l.fact, source: l.source });
      continue;
    }
    if (l.kind === 'conflict') {
      conflicts.push(l.conflict);
      const claims = l.conflict.claims.map((c) => `${c.by}: ${c.claim} [${c.source}]`).join(' | ');
      timeline.push({
        at: l.at,
        kind: 'conflict',
        line: l.line,
        text: `CONFLICT (${l.conflict.topic}): ${claims} => ${l.conflict.finding}`,
      });
      continue;
    }
    const actor = l.actor ?? { role: 'record' };
    const command = {
      ...l.command,
      meta: { at: l.at, commandId: `line-${l.line}`, actor },
    } as unknown as EngineCommand;
    apply(command, l.line, l.source);
  }

  return {
    timeline,
    state,
    events,
    conflicts,
    rejections,
    summary: summarize(state, conflicts, rejections, meetingPresidents),
  };
}

function describe(
  ev: EngineEvent,
  before: CouncilState,
  after: CouncilState,
  at: string,
  name: (c: string, d: string) => string,
): Omit<TimelineEntry, 'line' | 'source'> | undefined {
  const date = at.slice(0, 10);
  const names = (codes: readonly string[]) => codes.map((c) => name(c, date)).join(', ');
  if (isCommitteeEvent(ev)) return describeCommitteeEvent(ev, at, name);
  const draftLabel = (id: string) => {
    const d = after.drafts[id];
    return d ? `${d.symbol ?? `draft ${d.kind.replace('_', ' ')} '${d.title}'`}` : id;
  };
  switch (ev.type) {
    case 'SessionStarted':
      return {
        at,
        kind: 'composition',
        type: ev.type,
        text: `Council seated: ${names(ev.data.body.members.map((m) => m.code))}; President: ${name(ev.data.body.president, date)}`,
      };
    case 'BodyUpdated': {
      const prev = before.session?.body;
      const joined = ev.data.body.members
        .filter((m) => !prev?.members.some((p) => p.code === m.code))
        .map((m) => m.code);
      const left = (prev?.members ?? [])
        .filter((m) => !ev.data.body.members.some((p) => p.code === m.code))
        .map((m) => m.code);
      const text = [
        joined.length ? `New members: ${names(joined)}; leaving: ${names(left)}.` : '',
        prev?.president !== ev.data.body.president
          ? `Presidency passes to ${name(ev.data.body.president, date)} (rule 18).`
          : '',
      ]
        .filter(Boolean)
        .join(' ');
      return text
        ? {
            at,
            kind: joined.length ? 'composition' : 'presidency',
            type: ev.type,
            text,
            ruleId: 'presidency-rotation',
          }
        : undefined;
    }
    case 'MeetingRequested': {
      const who = ev.data.requestedBy
        .map((r) => ('code' in r ? name(r.code, date) : r.kind.replace('_', ' ')))
        .join(', ');
      return {
        at,
        kind: 'event',
        type: ev.type,
        text: `${ev.data.format.replace('_', ' ')} on '${ev.data.topic}' requested for ${ev.data.date} by ${who}`,
      };
    }
    case 'MeetingConvened': {
      const m = after.meetings[ev.data.meetingId];
      const formal = m && ['briefing', 'open_debate', 'adoption', 'private'].includes(m.format);
      return {
        at,
        kind: 'event',
        type: ev.type,
        text: `${m?.format.replace('_', ' ') ?? 'meeting'} held under the presidency of ${name(after.session?.body.president ?? '', date)}${formal ? '' : ' (not a formal meeting: no record, no Council decision)'}`,
        ruleId: 'meeting-formats',
      };
    }
    case 'DraftSubmitted':
      return {
        at,
        kind: 'event',
        type: ev.type,
        text: `${ev.data.kind.replace('_', ' ')} circulated by ${names(ev.data.penholders)}: '${ev.data.title}'${ev.data.symbol ? ` (${ev.data.symbol})` : ''}`,
      };
    case 'SilenceStarted':
      return {
        at,
        kind: 'event',
        type: ev.type,
        text: `${draftLabel(ev.data.draftId)} under silence until ${ev.data.deadline}`,
        ruleId: 'silence-procedure',
      };
    case 'SilenceBroken':
      return {
        at,
        kind: 'event',
        type: ev.type,
        text: `${name(ev.data.member, date)} breaks silence on ${draftLabel(ev.data.draftId)}${ev.data.reason ? `: ${ev.data.reason}` : ''}`,
        ruleId: 'silence-procedure',
      };
    case 'ConsensusReached':
      return {
        at,
        kind: 'decision',
        type: ev.type,
        outcome: 'agreed',
        text: `${draftLabel(ev.data.draftId)} agreed by all members`,
        ruleId: 'consensus',
        rule: ruleText('consensus') as string,
      };
    case 'DraftAbandoned':
      return {
        at,
        kind: 'decision',
        type: ev.type,
        outcome: 'not_agreed',
        text: `${draftLabel(ev.data.draftId)} not agreed: ${ev.data.reason}; objecting: ${names(ev.data.objectors)}`,
        ruleId: 'consensus',
        rule: ruleText('consensus') as string,
      };
    case 'DraftAdopted':
    case 'DraftVetoed':
    case 'DraftNotAdopted':
      return {
        at,
        kind: 'decision',
        type: ev.type,
        outcome: ev.data.result.outcome,
        text: `${draftLabel(ev.data.draftId)}: ${describeResult(ev.data.result, (c) => name(c, date))}`,
        ruleId: ev.data.result.ruleId,
        rule: ruleText(ev.data.result.ruleId) as string,
      };
    case 'GaDebateDue':
      return {
        at,
        kind: 'decision',
        type: ev.type,
        text: `General Assembly debate on the veto by ${names(ev.data.vetoedBy)} due by ${ev.data.dueBy} (10 UN working days)`,
        ruleId: 'ga-veto-debate',
        rule: ruleText('ga-veto-debate') as string,
      };
    case 'GroupStatementIssued':
      return {
        at,
        kind: 'event',
        type: ev.type,
        text: `Joint statement (not a Council product) by ${names(ev.data.signatories)}${ev.data.readBy ? `, read by ${name(ev.data.readBy, date)}` : ''}; Council members not signing: ${names(ev.data.councilMembersNotSigning)}`,
        ruleId: 'group-statements',
      };
    case 'VotingClosed':
      return {
        at,
        kind: 'event',
        type: ev.type,
        text: `Vote closed: ${formatTally(ev.data.result)} (for–against–abstaining)`,
      };
    case 'AgendaAdopted':
      return {
        at,
        kind: 'event',
        type: ev.type,
        text: `Agenda adopted${ev.data.byVote ? ' by procedural vote' : ''}`,
        ruleId: 'agenda',
      };
    case 'VoteCast':
      return undefined;
    case 'VotingOpened':
      return {
        at,
        kind: 'event',
        type: ev.type,
        text: `The President puts ${ev.data.subject.kind === 'draft' ? draftLabel(ev.data.subject.draftId) : ev.data.subject.kind.replace('_', ' ')} to the vote (${ev.data.procedural ? 'procedural: no veto' : 'substantive: the veto applies'})`,
        ruleId: ev.data.procedural ? 'procedural-matters' : 'veto',
      };
    case 'MeetingAdjourned':
      return {
        at,
        kind: 'event',
        type: ev.type,
        text: `${after.meetings[ev.data.meetingId]?.format.replace('_', ' ') ?? 'meeting'} closed${after.meetings[ev.data.meetingId]?.format === 'consultations' ? ' without a Council product' : ''}`,
      };
    default:
      return { at, kind: 'event', type: ev.type, text: ev.type };
  }
}

function summarize(
  state: CouncilState,
  conflicts: readonly ScenarioConflict[],
  rejections: readonly { line: number; rejection: Rejection }[],
  presidents: Record<string, string>,
): ScenarioSummary {
  const drafts: ScenarioSummary['drafts'] = {};
  for (const d of Object.values(state.drafts)) {
    drafts[d.id] = {
      kind: d.kind,
      ...(d.symbol ? { symbol: d.symbol } : {}),
      status: d.status,
      votedOn: d.result !== undefined,
      ...(d.result
        ? {
            tally: formatTally(d.result),
            vetoedBy: d.result.vetoedBy,
            permanentAgainst: d.result.permanentAgainst,
          }
        : {}),
      ...(d.objectors ? { objectors: [...d.objectors] } : {}),
    };
  }
  const groupStatements: ScenarioSummary['groupStatements'] = {};
  for (const g of Object.values(state.groupStatements))
    groupStatements[g.id] = {
      signatories: [...g.signatories],
      councilMembersNotSigning: [...g.councilMembersNotSigning],
      othersSigning: [...g.othersSigning],
      councilProduct: false,
    };
  const meetings: ScenarioSummary['meetings'] = {};
  for (const m of Object.values(state.meetings))
    meetings[m.id] = {
      format: m.format,
      date: m.date,
      requestedBy: m.requestedBy.map((r) => ('code' in r ? r.code : r.kind)),
      president: presidents[m.id] ?? '',
      councilMeeting: ['briefing', 'open_debate', 'adoption', 'private'].includes(m.format),
    };
  const proposals: ScenarioSummary['proposals'] = {};
  for (const p of Object.values(state.committees.proposals))
    proposals[p.id] = {
      status: p.status,
      holds: p.holds.map((h) => ({
        member: h.member,
        reason: h.reason,
        status: h.status,
        lapsesOn: h.lapsesOn,
      })),
    };
  return {
    drafts,
    groupStatements,
    meetings,
    gaDebates: state.gaDebates.map((g) => ({
      draftId: g.draftId,
      vetoDate: g.vetoDate,
      dueBy: g.dueBy,
      vetoedBy: [...g.vetoedBy],
    })),
    proposals,
    conflicts: conflicts.map((c) => c.id),
    rejections: rejections
      .filter((r) => r.line > 0)
      .map((r) => ({ line: r.line, code: r.rejection.code })),
  };
}

function describeCommitteeEvent(
  ev: CommitteeEvent,
  at: string,
  name: (c: string, d: string) => string,
): Omit<TimelineEntry, 'line' | 'source'> {
  const date = at.slice(0, 10);
  const subjects = (list: readonly { name: string }[]) =>
    `${list.length} (${list.map((x) => x.name).join(', ')})`;
  switch (ev.type) {
    case 'CommitteeEstablished':
      return {
        at,
        kind: 'event',
        type: ev.type,
        text: `${ev.committeeId} Committee (${ev.establishedBy}) of all Council members${ev.chair ? `, chaired by ${name(ev.chair, date)}` : ''}; no-objection period ${ev.config.noObjectionDays} UN working days`,
        ruleId: 'committee-of-the-whole',
      };
    case 'NationalDesignationRecorded':
      return {
        at,
        kind: 'event',
        type: ev.type,
        text: `National designation by ${name(ev.state, date)} (${ev.authority}) of ${subjects(ev.subjects)}: no effect on the UN list`,
        ruleId: 'national-designations',
      };
    case 'ListingProposed':
      return {
        at,
        kind: 'event',
        type: ev.type,
        text: `${name(ev.proposer, date)} proposes ${subjects(ev.subjects)} for listing by the ${ev.committeeId} Committee; objections or holds due by ${ev.deadline}`,
        ruleId: 'no-objection-procedure',
      };
    case 'HoldPlaced':
      return {
        at,
        kind: 'decision',
        type: ev.type,
        outcome: 'on_hold',
        text: `${name(ev.member, date)} places a ${ev.reason} hold on proposal ${ev.proposalId}: the no-objection clock stops; the hold lapses on ${ev.lapsesOn} unless extended`,
        ruleId: 'holds',
      };
    default:
      return { at, kind: 'event', type: ev.type, text: `Committee: ${ev.type}` };
  }
}
