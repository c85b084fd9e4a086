import { join } from 'node:path';
import { runScenario } from '@council/engine';
import { loadMembership } from '@council/record';
import type { CliCommand } from '../cli-error.ts';
import { readScenario, SCENARIOS_DIR } from '../scenario-files.ts';
import { printTimeline } from './replay.ts';

const command: CliCommand = {
  summary: 'What `npm start` runs: replays the bundled 2022 DPRK scenario in the terminal',
  run(_args, ctx) {
    const scenario = readScenario(join(SCENARIOS_DIR, '2022-dprk'));
    const run = runScenario(scenario.spec, scenario.lines, loadMembership());
    printTimeline(run, scenario.spec.title, ctx);
    return 0;
  },
};
export default command;
