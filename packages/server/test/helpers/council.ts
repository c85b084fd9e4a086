/** Builds a live session of the Council of 26 May 2022 up to the vote on draft S/2022/431 (DPRK). */
import { expect } from 'vitest';
import { api } from './client.ts';

export const MEMBERS_2022 = [
  'ALB',
  'ARE',
  'BRA',
  'CHN',
  'FRA',
  'GAB',
  'GBR',
  'GHA',
  'IND',
  'IRL',
  'KEN',
  'MEX',
  'NOR',
  'RUS',
  'USA',
];
/** How the fifteen voted on S/2022/431 on 26 May 2022: 13–2–0, vetoed by China and the Russian Federation. */
export const BALLOTS_431: Record<string, 'yes' | 'no'> = Object.fromEntries(
  MEMBERS_2022.map((m) => [m, m === 'CHN' || m === 'RUS' ? 'no' : 'yes']),
);

export interface LiveSession {
  sessionId: string;
  chair: string;
  delegations: Record<string, string>;
  observer: string;
  projector: string;
}

let counter = 0;
const nextId = (label: string) => `${label}-${++counter}`;

export async function command(
  base: string,
  session: LiveSession,
  key: string,
  command: Record<string, unknown>,
  commandId = nextId('cmd'),
) {
  return api(base, 'POST', `/api/sessions/${session.sessionId}/commands`, {
    key,
    body: { commandId, command },
  });
}

/** Creates the session and issues every link (one per delegation, an observer and a projector). */
export async function createLiveSession(base: string): Promise<LiveSession> {
  const created = await api<{ sessionId: string; chair: { secret: string } }>(
    base,
    'POST',
    '/api/sessions',
    {
      body: { date: '2022-05-26', title: 'Non-proliferation / DPRK' },
    },
  );
  expect(created.status).toBe(201);
  const { sessionId } = created.body;
  const chair = created.body.chair.secret;
  const issue = async (body: Record<string, unknown>) => {
    const r = await api<{ secret: string }>(base, 'POST', `/api/sessions/${sessionId}/links`, {
      key: chair,
      body,
    });
    expect(r.status).toBe(201);
    return r.body.secret;
  };
  const delegations: Record<string, string> = {};
  for (const m of MEMBERS_2022) delegations[m] = await issue({ role: 'delegation', member: m });
  return {
    sessionId,
    chair,
    delegations,
    observer: await issue({ role: 'observer' }),
    projector: await issue({ role: 'projector' }),
  };
}

/** Meeting, agenda, the draft and an open vote on it (chair and penholder act). Returns the vote id. */
export async function openVoteOnDraft(
  base: string,
  s: LiveSession,
  draftId = 'S/2022/431',
  meetingId = nextId('meeting'),
): Promise<string> {
  const ok = async (key: string, cmd: Record<string, unknown>) => {
    const r = await command(base, s, key, cmd);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  };
  await ok(s.chair, {
    type: 'RequestMeeting',
    meetingId,
    format: 'adoption',
    topic: 'Non-proliferation/Democratic People’s Republic of Korea',
    date: '2022-05-26',
    requestedBy: [{ kind: 'member', code: 'USA' }],
  });
  await ok(s.chair, { type: 'ConveneMeeting', meetingId });
  await ok(s.chair, { type: 'AdoptAgenda', meetingId });
  await ok(s.delegations['USA'] as string, {
    type: 'SubmitDraft',
    draftId,
    kind: 'resolution',
    title: 'Non-proliferation/DPRK',
    symbol: draftId,
    penholders: ['USA'],
  });
  const voteId = nextId('vote');
  await ok(s.chair, { type: 'OpenVote', voteId, meetingId, subject: { kind: 'draft', draftId } });
  return voteId;
}
