import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { startChildServer } from './helpers/child-server.ts';
import { twoProcessTests } from './helpers/two-process-suite.ts';

describe('two server processes sharing one SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'council-sqlite-cluster-'));
  twoProcessTests({
    store: 'sqlite',
    // One after the other: the first creates the file, the second opens it.
    start: async () => {
      const a = await startChildServer(['--data', dir]);
      const b = await startChildServer(['--data', dir]);
      return [a, b];
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  });
});
