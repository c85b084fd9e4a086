import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createLiveSession, type LiveSession } from './helpers/council.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';

// Pings every 300 ms, spread over the interval's slots.
let server: TestServer;
let s: LiveSession;

beforeAll(async () => {
  server = await startTestServer({ pingInterval: 300 });
  s = await createLiveSession(server.url);
});
afterAll(async () => {
  await server.close();
});

function open(key: string, options: WebSocket.ClientOptions = {}): Promise<WebSocket> {
  const url = `${server.url.replace(/^http/, 'ws')}/api/sessions/${s.sessionId}/live?key=${key}&after=0`;
  const ws = new WebSocket(url, options);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

describe('WebSocket liveness', () => {
  it('pings every client and drops those that stop answering, keeping the others', async () => {
    const clients = await Promise.all(Array.from({ length: 5 }, () => open(s.observer)));
    const silent = await open(s.observer, { autoPong: false });
    const pings = clients.map(() => 0);
    clients.forEach((ws, i) => ws.on('ping', () => (pings[i] = (pings[i] ?? 0) + 1)));
    let silentPings = 0;
    silent.on('ping', () => (silentPings += 1));
    const silentClosed = new Promise<void>((resolve) => silent.once('close', () => resolve()));
    await silentClosed;
    // Dropped after one unanswered ping, at its next turn (one interval later).
    expect(silentPings).toBeGreaterThanOrEqual(1);
    // The answering clients keep being pinged, and stay.
    while (!pings.every((n) => n >= 3)) await new Promise((r) => setTimeout(r, 50));
    expect(clients.map((ws) => ws.readyState)).toEqual(clients.map(() => WebSocket.OPEN));
    await Promise.all(
      clients.map(
        (ws) => new Promise<void>((resolve) => (ws.once('close', () => resolve()), ws.close())),
      ),
    );
  });
});
