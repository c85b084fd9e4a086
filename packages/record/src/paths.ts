import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the folder holding packages/record (found from this file, not from the cwd). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i += 1) {
    if (existsSync(join(dir, 'packages')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
}

/** The committed record data (data/record under the repository root). */
export function recordDataDir(): string {
  return join(repoRoot(), 'data', 'record');
}

/** Where the built database lives: $COUNCIL_DATA_DIR/record.db, else .council/record.db under the repo root. */
export function defaultDbPath(): string {
  const dir = process.env['COUNCIL_DATA_DIR'];
  return dir && dir.length > 0
    ? join(resolve(dir), 'record.db')
    : join(repoRoot(), '.council', 'record.db');
}

/** The shared raw inputs (../shared/data next to the repository), when present. */
export function sharedDataDir(): string {
  return resolve(repoRoot(), '..', 'shared', 'data');
}
