import { join } from 'node:path';
import { runScenario } from '@council/engine';
import { loadMembership } from '@council/record';
import type { CliCommand } from '../cli-error.ts';
import { readScenario, SCENARIOS_DIR } from '../scenario-files.ts';
import { printTimeline } from './replay.ts';

const command: CliCommand = {
  summary:
    'What `npm start` runs: replays the bundled 2022 DPRK scenario, then serves the API and web app (start [--replay-only] [serve options])',
  async run(args, ctx) {
    const replayOnly = args.includes('--replay-only');
    const scenario = readScenario(join(SCENARIOS_DIR, '2022-dprk'));
    const run = runScenario(scenario.spec, scenario.lines, loadMembership());
    printTimeline(run, scenario.spec.title, ctx);
    if (replayOnly) return 0;
    ctx.out('');
    const serve = (await import('./serve.ts')).default;
    return serve.run(
      args.filter((a) => a !== '--replay-only'),
      ctx,
    );
  },
};
export default command;
