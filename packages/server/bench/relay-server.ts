// The baseline for the server benchmark: a bare `ws` server that relays every message to everyone in the
// same room (the URL path), with no validation, no engine and no storage. Prints its address like `council serve`.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

const rooms = new Map<string, Set<WebSocket>>();
const server = createServer((_req, res) => res.end('relay'));
const wss = new WebSocketServer({ server });
wss.on('connection', (ws, req) => {
  const room = req.url ?? '/';
  let members = rooms.get(room);
  if (!members) rooms.set(room, (members = new Set()));
  const set = members;
  set.add(ws);
  ws.on('message', (data, isBinary) => {
    for (const peer of set) peer.send(data, { binary: isBinary });
  });
  ws.on('close', () => set.delete(ws));
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(
    `relay listening on http://127.0.0.1:${(server.address() as AddressInfo).port}\n`,
  );
});
