/**
 * WAL checkpoints off the main thread. In WAL mode every commit appends pages to the `-wal` file; a checkpoint
 * copies them back into the database file (and, with synchronous=NORMAL, syncs both files). SQLite runs one
 * automatically inside the COMMIT that crosses 1,000 pages, which under load means a checkpoint every few
 * commits, each blocking the event loop for its copy and its two fsyncs. Here a worker thread with its own
 * connection runs PASSIVE checkpoints instead (they never block writers or readers), and the main connection's
 * automatic checkpoint only remains as a backstop for a much larger WAL.
 *
 * Checkpoints only move committed pages, so durability is unchanged: an acknowledged append is in the WAL.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The worker, in plain CommonJS (so that it needs no TypeScript loader). */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 0');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy (another checkpoint is running, e.g. in another process): the next round catches up.
  }
}, workerData.interval);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

/** Starts checkpointing `file` every `interval` ms in a worker thread. */
export function startCheckpointer(file: string, interval: number): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { file, interval, driver },
  });
  worker.unref();
  worker.on('error', (error) => console.error('[council] SQLite checkpointer failed:', error));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      // Referenced again while it closes its connection, so that the process waits for it.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
