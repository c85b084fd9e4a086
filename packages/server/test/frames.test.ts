import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { Connection, textFrame } from '../src/ws/frames.ts';

describe('frames written straight to the socket', () => {
  it('encode the length in 7, 16 or 64 bits as RFC 6455 asks', () => {
    expect([...textFrame('').subarray(0, 2)]).toEqual([0x81, 0]);
    expect([...textFrame('a'.repeat(125)).subarray(0, 2)]).toEqual([0x81, 125]);
    expect([...textFrame('a'.repeat(126)).subarray(0, 4)]).toEqual([0x81, 126, 0, 126]);
    expect([...textFrame('a'.repeat(65_535)).subarray(0, 4)]).toEqual([0x81, 126, 255, 255]);
    expect([...textFrame('a'.repeat(65_536)).subarray(0, 10)]).toEqual([
      0x81, 127, 0, 0, 0, 0, 0, 1, 0, 0,
    ]);
    // The length counts UTF-8 bytes, not characters.
    const text = 'vote 13–2–0 (for–against–abstaining) ✓';
    const frame = textFrame(text);
    expect(frame[1]).toBe(Buffer.byteLength(text));
    expect(frame.subarray(2).toString('utf8')).toBe(text);
  });

  it('reach a ws client whole and in order, several frames of one tick in one write', async () => {
    const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
    const server = createServer();
    const sizes = [0, 1, 125, 126, 127, 65_535, 65_536, 200_000];
    const texts = sizes.map((n, i) => `${i}:${'é'.repeat(n)}`);
    server.on('upgrade', (req, socket, head) =>
      wss.handleUpgrade(req, socket, head, (ws) => {
        const connection = new Connection(ws, socket);
        // Sent in one tick: they leave together, then a close that must come after them.
        for (const text of texts) connection.send(text);
        connection.close(1000, 'done');
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const received: string[] = [];
    const client = new WebSocket(`ws://127.0.0.1:${port}/`);
    client.on('message', (data: Buffer) => received.push(data.toString('utf8')));
    const code = await new Promise<number>((resolve) => client.once('close', resolve));
    expect(code).toBe(1000);
    expect(received).toEqual(texts);
    wss.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
});
