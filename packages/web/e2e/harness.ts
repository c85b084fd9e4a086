/**
 * End-to-end harness: builds the app once per test file into its own folder (so files running in
 * parallel never race on dist/), serves it, and drives Debian's headless Chromium via playwright-core.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';

export const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Builds the app with Vite into a fresh temporary folder and returns that folder. */
export async function buildApp(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'council-web-'));
  const { build } = await import('vite');
  await build({ root: WEB_ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves a built folder on a free port, the way any static host would (no SPA rewrites needed). */
export async function serveStatic(
  dir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(dir, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A real Council server (SQLite in a temporary folder) serving the built app on the same port. */
export async function startCouncil(
  webRoot: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const { createCouncilServer, councilDecider, councilStartSession, openStore } =
    await import('@council/server');
  // The record and analysis routes, as `council serve` mounts them (not exported by the package's index).
  const { queryRoutes } = await import('../../server/src/queries.ts');
  const dir = mkdtempSync(join(tmpdir(), 'council-e2e-db-'));
  const store = await openStore({ kind: 'sqlite', file: join(dir, 'council.db') });
  const app = await createCouncilServer({
    store,
    decider: councilDecider,
    startSession: councilStartSession,
    webRoot,
    queries: await queryRoutes(),
  });
  const base = await app.listen(0, '127.0.0.1');
  return {
    url: `${base}/`,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
