/**
 * The Council engine plugged into the server: its decider, and how POST /api/sessions turns into the
 * engine's StartSession command (the Council sitting on a date, from the membership record, or a custom body).
 */
import {
  councilOn,
  CoverageError,
  decide,
  evolve,
  initialState,
  runScenario,
  type EngineCommand,
} from '@council/engine';
import { loadMembership, readBundledScenario, ScenarioFileError } from '@council/record';
import type { CreateSessionInput } from './app.ts';
import type { AnyDecider } from './decider.ts';
import { ApiError } from './errors.ts';

export const councilDecider: AnyDecider = {
  initialState: () => initialState(),
  decide: (state, command) => decide(state as never, command as unknown as EngineCommand),
  evolve: (state, event) => evolve(state as never, event as never),
};

/** The StartSession command (without meta) for a new session. */
export function councilStartSession(
  input: CreateSessionInput,
  sessionId: string,
): { type: 'StartSession' } & Record<string, unknown> {
  let body: unknown = input.body;
  let title = input.title;
  if (input.date !== undefined) {
    try {
      const council = councilOn(loadMembership(), input.date);
      body = {
        name: 'Security Council',
        date: council.date,
        members: council.members,
        president: council.president,
      };
      title ??= `Security Council, ${council.date}`;
    } catch (error) {
      if (error instanceof CoverageError)
        throw new ApiError(422, 'date_not_covered', error.message);
      throw error;
    }
  }
  return {
    type: 'StartSession',
    sessionId,
    title: title ?? (input.body?.name as string),
    body,
    ...(input.holidays ? { holidays: input.holidays } : {}),
  };
}

/** The engine's events for a session that starts from a bundled scenario (data/scenarios/<id>). */
export function councilScenarioEvents(scenarioId: string, sessionId: string): readonly unknown[] {
  let files;
  try {
    files = readBundledScenario(scenarioId);
  } catch (error) {
    if (error instanceof ScenarioFileError)
      throw new ApiError(404, 'unknown_scenario', error.message);
    throw error;
  }
  const run = runScenario({ ...files.spec, id: sessionId }, files.lines, loadMembership());
  return run.events;
}
