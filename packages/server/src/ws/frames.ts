/**
 * Server-to-client WebSocket frames, built once and written straight to the connection's socket.
 *
 * A batch of events goes to every subscriber of a session (16 sockets in a typical sitting): encoding it once
 * into a complete frame (header and UTF-8 payload in one buffer) and writing that same buffer to each socket
 * saves a JSON serialisation, a UTF-8 encoding and a frame header per socket. Everything sent to one socket
 * during one tick of the event loop (the events of a batch, the result of the client's own command, …) leaves
 * in one write, once the tick's work is done (process.nextTick, which runs after the pending microtasks).
 * Every write system call is costly under load (on the loopback interface it also does the receiver's TCP
 * work), so this halves the calls for a delegation that has just voted.
 *
 * The frames are plain RFC 6455 text frames: unmasked (server to client), unfragmented, uncompressed. The
 * `ws` server must therefore run without permessage-deflate (see app.ts), so that its own frames (pings,
 * pongs) are written whole; they may come between two of our writes, never inside a frame. A close goes
 * through `Connection.close`, which writes the frames sent before it first.
 */
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

/** A complete, final, unmasked text frame carrying `text`. */
export function textFrame(text: string): Buffer {
  const length = Buffer.byteLength(text);
  const head = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(head + length);
  frame[0] = 0x81; // FIN, opcode 1 (text)
  if (head === 2) frame[1] = length;
  else if (head === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(Math.floor(length / 2 ** 32), 2);
    frame.writeUInt32BE(length >>> 0, 6);
  }
  frame.write(text, head, 'utf8');
  return frame;
}

/** Connections with frames waiting, flushed together once the tick's work (microtasks included) is done. */
let waiting: Connection[] = [];

function flushAll(): void {
  const connections = waiting;
  waiting = [];
  for (const connection of connections) connection.flush();
}

/** One client connection: the `ws` socket (state, close, pings) and the raw stream it runs on. */
export class Connection {
  readonly ws: WebSocket;
  readonly #socket: Duplex;
  /** Frames sent during this tick, not yet written. */
  #frames: Buffer[] = [];

  constructor(ws: WebSocket, socket: Duplex) {
    this.ws = ws;
    this.#socket = socket;
  }

  /** Bytes written to the socket but not yet sent. */
  get bufferedAmount(): number {
    return this.ws.bufferedAmount;
  }

  get open(): boolean {
    return this.ws.readyState === this.ws.OPEN;
  }

  /** Sends a frame built by `textFrame` (nothing once the connection is closing). */
  sendFrame(frame: Buffer): void {
    if (!this.open) return;
    if (this.#frames.length === 0) {
      if (waiting.length === 0) process.nextTick(flushAll);
      waiting.push(this);
    }
    this.#frames.push(frame);
  }

  /** Sends `text` as one text frame. */
  send(text: string): void {
    this.sendFrame(textFrame(text));
  }

  /** Writes this tick's frames, in one write. */
  flush(): void {
    const frames = this.#frames;
    if (frames.length === 0) return;
    this.#frames = [];
    // Closed meanwhile (e.g. ws.close after an error frame): ws's own close frame is already queued, and
    // our frames could no longer be read by the client anyway.
    if (!this.open) return;
    this.#socket.write(frames.length === 1 ? (frames[0] as Buffer) : Buffer.concat(frames));
  }

  /** Writes what this tick has sent so far now, before ws writes a frame of its own (close). */
  close(code: number, reason: string): void {
    this.flush();
    this.ws.close(code, reason);
  }
}
