import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.ts';
import { startChildServer } from './helpers/child-server.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('parseConfig', () => {
  it('defaults to SQLite in ./.council on port 3000, localhost', () => {
    const config = parseConfig({}, {}, '/srv/app');
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      dataDir: '/srv/app/.council',
      store: { kind: 'sqlite', file: '/srv/app/.council/council.db' },
      bodyLimit: 65536,
    });
  });

  it('lets flags win over the environment', () => {
    const config = parseConfig(
      { port: '8080', data: 'var' },
      { COUNCIL_PORT: '9000', COUNCIL_DATA_DIR: '/x' },
      '/srv',
    );
    expect(config.port).toBe(8080);
    expect(config.dataDir).toBe('/srv/var');
  });

  it('selects PostgreSQL with COUNCIL_DATABASE_URL and its schema', () => {
    const config = parseConfig(
      {},
      { COUNCIL_DATABASE_URL: 'postgres://u@h/db', COUNCIL_DATABASE_SCHEMA: 'mun' },
    );
    expect(config.store).toEqual({ kind: 'postgres', url: 'postgres://u@h/db', schema: 'mun' });
  });

  it.each([
    [{ port: 'eighty' }, {}, /--port/],
    [{ port: '70000' }, {}, /--port/],
    [{}, { COUNCIL_DATABASE_URL: 'mysql://x' }, /postgres/],
    [{}, { COUNCIL_SQLITE_SYNC: 'sometimes' }, /COUNCIL_SQLITE_SYNC/],
    [{ data: ' ' }, {}, /--data/],
  ])('refuses %j %j', (input, env, message) => {
    expect(() => parseConfig(input, env)).toThrow(ConfigError);
    expect(() => parseConfig(input, env)).toThrow(message);
  });
});

const COUNCIL_BIN = fileURLToPath(new URL('../../cli/bin/council.js', import.meta.url));

describe('council serve', () => {
  it('exits 2 with one line naming a bad flag', () => {
    for (const args of [['--bogus'], ['--port', 'x'], ['extra']]) {
      const run = spawnSync(process.execPath, [COUNCIL_BIN, 'serve', ...args], {
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^council serve: /);
    }
  });

  it('prints its address, answers /api/health, and stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'council-serve-'));
    const server = await startChildServer(['--data', dir]);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      const exit = new Promise<number | null>((resolve) =>
        server.process.once('exit', (code) => resolve(code)),
      );
      await server.stop();
      expect(await exit).toBe(0);
    } finally {
      await server.kill();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
