/** The server's configuration, parsed once from flags and environment (main.ts is the only caller). */
import { isAbsolute, join, resolve } from 'node:path';
import type { StoreSpec } from './storage/open-store.ts';

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly store: StoreSpec;
  readonly publicUrl?: string;
  readonly bodyLimit: number;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface ConfigInput {
  readonly port?: string | undefined;
  readonly host?: string | undefined;
  readonly data?: string | undefined;
}

/**
 * Flags win over environment: --port/COUNCIL_PORT (default 3000), --host/COUNCIL_HOST (default 127.0.0.1),
 * --data/COUNCIL_DATA_DIR (default ./.council). COUNCIL_DATABASE_URL=postgres://… selects PostgreSQL
 * (schema COUNCIL_DATABASE_SCHEMA, default 'council'); otherwise the SQLite file <data>/council.db.
 */
export function parseConfig(
  input: ConfigInput,
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): ServerConfig {
  const portText = input.port ?? env['COUNCIL_PORT'] ?? env['PORT'] ?? '3000';
  if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) {
    throw new ConfigError(`--port must be a number from 0 to 65535, not '${portText}'`);
  }
  const dataRaw = input.data ?? env['COUNCIL_DATA_DIR'] ?? '.council';
  if (dataRaw.trim() === '') throw new ConfigError('--data must name a folder');
  const dataDir = isAbsolute(dataRaw) ? dataRaw : resolve(cwd, dataRaw);
  const url = env['COUNCIL_DATABASE_URL'];
  let store: StoreSpec;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url))
      throw new ConfigError('COUNCIL_DATABASE_URL must start with postgres://');
    const schema = env['COUNCIL_DATABASE_SCHEMA'];
    store = { kind: 'postgres', url, ...(schema ? { schema } : {}) };
  } else {
    const sync = env['COUNCIL_SQLITE_SYNC'];
    if (sync !== undefined && sync !== 'full' && sync !== 'normal') {
      throw new ConfigError(`COUNCIL_SQLITE_SYNC must be 'full' or 'normal', not '${sync}'`);
    }
    store = {
      kind: 'sqlite',
      file: join(dataDir, 'council.db'),
      ...(sync ? { synchronous: sync } : {}),
    };
  }
  const limitText = env['COUNCIL_BODY_LIMIT'] ?? String(64 * 1024);
  if (!/^\d+$/.test(limitText))
    throw new ConfigError('COUNCIL_BODY_LIMIT must be a number of bytes');
  const publicUrl = env['COUNCIL_PUBLIC_URL'];
  return {
    port: Number(portText),
    host: input.host ?? env['COUNCIL_HOST'] ?? '127.0.0.1',
    dataDir,
    store,
    bodyLimit: Number(limitText),
    ...(publicUrl ? { publicUrl } : {}),
  };
}
