import {
  readScenario as readScenarioFiles,
  ScenarioFileError,
  type ScenarioFiles,
} from '@council/record';
import { UsageError } from './cli-error.ts';

export { SCENARIOS_DIR } from '@council/record';

/** Reads a scenario folder; a problem in its files is a usage error naming the file and line. */
export function readScenario(folder: string): ScenarioFiles {
  try {
    return readScenarioFiles(folder);
  } catch (error) {
    if (error instanceof ScenarioFileError) throw new UsageError(error.message);
    throw error;
  }
}
