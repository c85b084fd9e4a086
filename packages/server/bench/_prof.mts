import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/main.ts';
import { parseConfig } from '../src/config.ts';
const dir = mkdtempSync(join(tmpdir(), 'prof-'));
const srv = await startServer(parseConfig({ port: '0', data: dir }));
const base = srv.url;
const post = async (path: string, body: unknown, key?: string) => {
  const r = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) }, body: JSON.stringify(body) });
  return r.json() as any;
};
let t = performance.now();
const c = await post('/api/sessions', { date: '2022-05-26' });
console.log('create', performance.now() - t);
for (let i = 0; i < 5; i++) { t = performance.now(); await post('/api/sessions', { date: '2022-05-26' }); console.log('create', performance.now() - t); }
for (let i = 0; i < 5; i++) { t = performance.now(); await post(`/api/sessions/${c.sessionId}/links`, { role: 'observer' }, c.chair.secret); console.log('link', performance.now() - t); }
for (let i = 0; i < 5; i++) { t = performance.now(); await post(`/api/sessions/${c.sessionId}/commands`, { commandId: 'r' + i, command: { type: 'RequestMeeting', meetingId: 'm' + i, format: 'adoption', topic: 'x', date: '2022-05-26', requestedBy: [] } }, c.chair.secret); console.log('cmd', performance.now() - t); }
t = performance.now();
await Promise.all(Array.from({ length: 200 }, (_, i) => post(`/api/sessions/${c.sessionId}/commands`, { commandId: 'p' + i, command: { type: 'RequestMeeting', meetingId: 'p' + i, format: 'adoption', topic: 'x', date: '2022-05-26', requestedBy: [] } }, c.chair.secret)));
console.log('200 parallel cmds', performance.now() - t);
await srv.stop();
