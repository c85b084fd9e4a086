/**
 * The bundled scenarios (data/scenarios/<id>/): reading their files for the CLI, the server and tests.
 * Replaying them is the engine's job (`runScenario`); this module only reads and checks the files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseScenarioLines,
  type ScenarioLine,
  type ScenarioSpec,
  type ScenarioSummary,
} from '@council/engine';

/** The bundled scenarios folder (data/scenarios). */
export const SCENARIOS_DIR = fileURLToPath(new URL('../../../data/scenarios', import.meta.url));

/** A problem in a scenario's files, naming the file (and line, where there is one). */
export class ScenarioFileError extends Error {
  override readonly name = 'ScenarioFileError';
}

/** A scenario read from its folder. */
export interface ScenarioFiles {
  readonly dir: string;
  readonly spec: ScenarioSpec;
  readonly lines: ScenarioLine[];
  readonly expected?: ScenarioSummary;
}

/** The ids of the bundled scenarios. */
export function bundledScenarios(): string[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((d) => existsSync(join(SCENARIOS_DIR, d, 'scenario.json')))
    .sort();
}

/** Reads scenario.json, events.jsonl and (if present) expected.json from a folder. */
export function readScenario(folder: string): ScenarioFiles {
  const dir = resolve(folder);
  const specPath = join(dir, 'scenario.json');
  const eventsPath = join(dir, 'events.jsonl');
  if (!existsSync(specPath))
    throw new ScenarioFileError(
      `${specPath}: not found (a scenario folder holds scenario.json and events.jsonl)`,
    );
  if (!existsSync(eventsPath)) throw new ScenarioFileError(`${eventsPath}: not found`);
  let spec: ScenarioSpec;
  try {
    spec = JSON.parse(readFileSync(specPath, 'utf8')) as ScenarioSpec;
  } catch (error) {
    throw new ScenarioFileError(
      `${specPath}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (typeof spec.id !== 'string' || typeof spec.start !== 'string')
    throw new ScenarioFileError(`${specPath}: needs "id" and "start"`);
  const parsed = parseScenarioLines(readFileSync(eventsPath, 'utf8'));
  if (!parsed.ok) {
    const first = parsed.problems[0];
    const more = parsed.problems.length > 1 ? ` (and ${parsed.problems.length - 1} more)` : '';
    throw new ScenarioFileError(`${eventsPath}:${first?.line}: ${first?.message}${more}`);
  }
  const expectedPath = join(dir, 'expected.json');
  const expected = existsSync(expectedPath)
    ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as ScenarioSummary)
    : undefined;
  return { dir, spec, lines: parsed.lines, ...(expected ? { expected } : {}) };
}

/** Reads a bundled scenario by id. */
export function readBundledScenario(id: string): ScenarioFiles {
  if (!bundledScenarios().includes(id))
    throw new ScenarioFileError(
      `no bundled scenario '${id}' (bundled: ${bundledScenarios().join(', ')})`,
    );
  return readScenario(join(SCENARIOS_DIR, id));
}
