import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseScenarioLines,
  type ScenarioLine,
  type ScenarioSpec,
  type ScenarioSummary,
} from '@council/engine';
import { UsageError } from './cli-error.ts';

/** The bundled scenarios folder (data/scenarios). */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../../data/scenarios', import.meta.url));

/** A scenario read from its folder. */
export interface ScenarioFiles {
  readonly dir: string;
  readonly spec: ScenarioSpec;
  readonly lines: ScenarioLine[];
  readonly expected?: ScenarioSummary;
}

/** Reads scenario.json, events.jsonl and (if present) expected.json, naming the file and line of any problem. */
export function readScenario(folder: string): ScenarioFiles {
  const dir = resolve(folder);
  const specPath = join(dir, 'scenario.json');
  const eventsPath = join(dir, 'events.jsonl');
  if (!existsSync(specPath))
    throw new UsageError(
      `${specPath}: not found (a scenario folder holds scenario.json and events.jsonl)`,
    );
  if (!existsSync(eventsPath)) throw new UsageError(`${eventsPath}: not found`);
  let spec: ScenarioSpec;
  try {
    spec = JSON.parse(readFileSync(specPath, 'utf8')) as ScenarioSpec;
  } catch (error) {
    throw new UsageError(
      `${specPath}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (typeof spec.id !== 'string' || typeof spec.start !== 'string')
    throw new UsageError(`${specPath}: needs "id" and "start"`);
  const parsed = parseScenarioLines(readFileSync(eventsPath, 'utf8'));
  if (!parsed.ok) {
    const first = parsed.problems[0];
    throw new UsageError(
      `${eventsPath}:${first?.line}: ${first?.message}${parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more)` : ''}`,
    );
  }
  const expectedPath = join(dir, 'expected.json');
  const expected = existsSync(expectedPath)
    ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as ScenarioSummary)
    : undefined;
  return { dir, spec, lines: parsed.lines, ...(expected ? { expected } : {}) };
}
