/** `npm run bench`: runs every packages/<pkg>/bench/*.bench.ts in turn, each in its own process, and prints their figures. */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv[2];
let failed = 0;
for (const pkg of readdirSync(join(root, 'packages')).sort()) {
  const dir = join(root, 'packages', pkg, 'bench');
  if (!existsSync(dir) || (only && only !== pkg)) continue;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort()) {
    console.log(`\n## ${pkg}/${file}`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], {
      stdio: 'inherit',
      cwd: root,
    });
    if (r.status !== 0) failed += 1;
  }
}
process.exit(failed ? 1 : 0);
