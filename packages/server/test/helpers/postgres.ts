import pg from 'pg';

/** The PostgreSQL the integration tests use: COUNCIL_TEST_DATABASE_URL, else the machine's default server. */
export function testDatabaseUrl(): string {
  return (
    process.env['COUNCIL_TEST_DATABASE_URL'] ??
    process.env['COUNCIL_DATABASE_URL'] ??
    'postgres://postgres@127.0.0.1:5432/test'
  );
}

export async function pgAvailable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** A schema name no other test file or run uses; each suite drops its own at the end. */
export function uniqueSchema(label: string): string {
  return `t_${label}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6).toString(36)}`;
}
