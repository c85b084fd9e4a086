import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRoutes } from '../src/queries.ts';
import { api } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

let server: TestServer;
const web = mkdtempSync(join(tmpdir(), 'council-web-'));

beforeAll(async () => {
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Council</title>');
  mkdirSync(join(web, 'assets'));
  writeFileSync(join(web, 'assets', 'app.js'), 'console.log("council")');
  writeFileSync(join(tmpdir(), 'council-secret.txt'), 'outside');
  server = await startTestServer({ webRoot: web, queries: await queryRoutes() });
});
afterAll(async () => {
  await server.close();
  rmSync(web, { recursive: true, force: true });
});

describe('the web app on the same port', () => {
  it('serves index.html at / and for client-side routes, and assets with their type', async () => {
    for (const path of ['/', '/live/abc/chair']) {
      const r = await fetch(`${server.url}${path}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toContain('text/html');
      expect(await r.text()).toContain('<title>Council</title>');
    }
    const js = await fetch(`${server.url}/assets/app.js`);
    expect(js.headers.get('content-type')).toContain('javascript');
    expect(js.headers.get('cache-control')).toContain('immutable');
  });

  it('never serves files outside the web folder', async () => {
    const r = await fetch(`${server.url}/..%2Fcouncil-secret.txt`);
    expect(await r.text()).not.toContain('outside');
  });

  it('keeps unknown /api paths as JSON 404s', async () => {
    const r = await api(server.url, 'GET', '/api/missing');
    expect(r.status).toBe(404);
  });
});

describe('read-only record and analysis routes', () => {
  it('answers record statistics', { timeout: 120_000 }, async () => {
    const r = await api<{ resolutions: number; vetoesByMember: Record<string, number> }>(
      server.url,
      'GET',
      '/api/record/stats',
    );
    expect(r.status).toBe(200);
    expect(r.body.resolutions).toBeGreaterThan(2000);
    expect(r.body.vetoesByMember['RUS'] ?? 0).toBeGreaterThan(0);
  });

  it('lists the vetoes of 2022 including S/2022/431', { timeout: 120_000 }, async () => {
    const r = await api<{ vetoes: { draft?: string; symbol?: string }[] }>(
      server.url,
      'GET',
      '/api/record/vetoes?from=2022-01-01&to=2022-12-31',
    );
    expect(r.status).toBe(200);
    expect(JSON.stringify(r.body)).toContain('S/2022/431');
  });

  it('refuses unknown query parameters with 400', async () => {
    const r = await api(server.url, 'GET', '/api/record/vetoes?drop=table');
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'invalid_query' });
  });

  it('computes power indices for the Council game (exact counts as strings)', async () => {
    const r = await api<{ game: string; n: number; players: unknown[]; winningCoalitions: string }>(
      server.url,
      'GET',
      '/api/analysis/power?game=unsc',
    );
    expect(r.status).toBe(200);
    expect(r.body.n).toBe(15);
    expect(r.body.players).toHaveLength(15);
    // 9 votes including all five permanent members: sum over k = 4..10 of C(10, k) = 848 winning coalitions.
    expect(r.body.winningCoalitions).toBe('848');
    const bad = await api(server.url, 'GET', '/api/analysis/power?game=nope');
    expect(bad.status).toBe(400);
  });

  it('lists the query routes in the OpenAPI document', async () => {
    const r = await api<{ paths: Record<string, unknown> }>(server.url, 'GET', '/api/openapi.json');
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining(['/api/record/stats', '/api/analysis/power']),
    );
  });
});
