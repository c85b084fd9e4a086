import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './helpers/client.ts';
import { startTestServer, type TestServer } from './helpers/server.ts';
import { councilScenarioEvents } from '../src/council.ts';

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer({ scenarioEvents: councilScenarioEvents });
  base = server.url;
});
afterAll(async () => {
  await server.close();
});

type Created = { sessionId: string; version: number; chair: { secret: string } };
type State = {
  version: number;
  state: {
    session: { id: string; body: { president: string } };
    drafts: Record<string, { status: string }>;
    gaDebates: { dueBy: string }[];
  };
};

describe('a session started from a bundled scenario', () => {
  it('replays the 2022 DPRK scenario through the engine and lets the chair carry on from its end', async () => {
    const r = await api<Created>(base, 'POST', '/api/sessions', {
      body: { scenario: '2022-dprk' },
    });
    expect(r.status).toBe(201);
    expect(r.body.version).toBeGreaterThan(50);
    const s = await api<State>(base, 'GET', `/api/sessions/${r.body.sessionId}/state`, {
      key: r.body.chair.secret,
    });
    expect(s.body.state.session.id).toBe(r.body.sessionId);
    expect(s.body.state.drafts['s-2022-431']?.status).toBe('vetoed');
    expect(s.body.state.drafts['cn-ru-2021-11']?.status).toBe('circulated');
    expect(s.body.state.gaDebates[0]?.dueBy).toBe('2022-06-10');
    expect(s.body.state.session.body.president).toBe('ALB'); // the replay ends in June 2022, under Albania's presidency
    const next = await api<{ ok: boolean; version: number }>(
      base,
      'POST',
      `/api/sessions/${r.body.sessionId}/commands`,
      {
        key: r.body.chair.secret,
        body: {
          commandId: 'after-scenario-1',
          command: {
            type: 'IssueGroupStatement',
            statementId: 'g',
            title: 'Joint statement',
            signatories: ['USA', 'JPN'],
          },
        },
      },
    );
    expect(next.status).toBe(200);
    expect(next.body.version).toBe(r.body.version + 1);
  });

  it('answers an unknown scenario with 404 and a date together with a scenario with 400, storing nothing', async () => {
    const unknown = await api<{ code: string; message: string }>(base, 'POST', '/api/sessions', {
      body: { scenario: 'no-such-scenario' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('unknown_scenario');
    expect(unknown.body.message).toMatch(/2022-dprk/);
    const both = await api(base, 'POST', '/api/sessions', {
      body: { scenario: '2022-dprk', date: '2022-05-26' },
    });
    expect(both.status).toBe(400);
  });
});
